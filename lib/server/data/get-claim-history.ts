import 'server-only';
import { db } from '../db';
import type { ActingUser } from '../acting-user';

/** Every audit event about a claim, newest first, with who made it. */
export function getClaimHistory(_reader: ActingUser, claimId: string) {
  return db.auditEvent.findMany({
    where: { entityType: 'Claim', entityId: claimId },
    orderBy: { createdAt: 'desc' },
    include: { actor: { select: { name: true } } },
  });
}
