import 'server-only';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';

/** A claim's heading and every audit event about it, newest first, with who made it. */
export async function getClaimHistory(_reader: ActingUser, claimId: string) {
  const [claim, events] = await Promise.all([
    db.claim.findUnique({ where: { id: claimId }, select: { id: true, claimReviewed: true, article: { select: { id: true, title: true } } } }),
    db.auditEvent.findMany({
      where: { entityType: 'Claim', entityId: claimId },
      orderBy: { createdAt: 'desc' },
      include: { actor: { select: { name: true } } },
    }),
  ]);
  if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
  return { claim, events };
}
