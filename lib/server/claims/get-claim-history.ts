import 'server-only';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';

/** A claim's heading and every audit event about it and the duplicates merged into it, newest first, with who made it. */
export async function getClaimHistory(_reader: ActingUser, claimId: string) {
  const duplicates = await db.claim.findMany({ where: { mergedIntoId: claimId }, select: { id: true } });
  const [claim, events] = await Promise.all([
    db.claim.findUnique({
      where: { id: claimId },
      select: { id: true, claimReviewed: true, article: { select: { id: true, title: true } } },
    }),
    db.auditEvent.findMany({
      where: { entityType: 'Claim', entityId: { in: [claimId, ...duplicates.map((d) => d.id)] } },
      orderBy: { createdAt: 'desc' },
      include: { actor: { select: { name: true } } },
    }),
  ]);
  if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
  return { claim, events };
}
