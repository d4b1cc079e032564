import 'server-only';
import type { LinkClaimInput } from '@/lib/validation/claim-link';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { db } from '../db';

/**
 * Records an editor's judgement that a claim repeats ("same claim") or relates to an earlier one.
 * Marking again changes the kind; the audit history keeps every judgement.
 */
export async function linkClaims(user: ActingUser, { claimId, earlierId, kind }: LinkClaimInput) {
  assertAllowed(user, 'claim.link');
  if (claimId === earlierId) throw new AppError('INVALID', 'A claim cannot be linked to itself.');
  return db.$transaction(async (tx) => {
    const found = await tx.claim.findMany({
      where: { id: { in: [claimId, earlierId] } },
      select: { id: true, slug: true, status: true, article: { select: { slug: true } } },
    });
    if (found.length !== 2) throw new AppError('NOT_FOUND', 'No such claim.');
    const before = await tx.claimLink.findUnique({
      where: { claimId_earlierId: { claimId, earlierId } },
      select: { kind: true },
    });
    await tx.claimLink.upsert({
      where: { claimId_earlierId: { claimId, earlierId } },
      create: { claimId, earlierId, kind, createdById: user.id },
      update: { kind },
    });
    await writeAudit(tx, user, {
      action: 'claim.link',
      entityType: 'Claim',
      entityId: claimId,
      before: before ? { earlierId, kind: before.kind } : undefined,
      after: { earlierId, kind },
    });
    return found;
  });
}
