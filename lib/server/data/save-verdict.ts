import 'server-only';
import type { SaveVerdictInput } from '@/lib/validation/verdict';
import { db } from '../db';
import { assertRole, type ActingUser } from '../acting-user';
import { writeAudit } from '../audit';
import { findClaimForEdit } from './find-claim-for-edit';
import { lockClaim } from './lock-claim';

/** Each save is a new verdict row, so the rating history is never lost. */
export async function saveVerdict(user: ActingUser, { claimId, version, ...fields }: SaveVerdictInput) {
  assertRole(user, 'EDITOR', 'write verdicts');
  return db.$transaction(async (tx) => {
    const claim = await findClaimForEdit(tx, claimId, 'change its verdict');
    const previous = await tx.verdict.findFirst({ where: { claimId }, orderBy: { createdAt: 'desc' } });
    await lockClaim(tx, claimId, version, claim.status === 'NEW' ? { status: 'RESEARCHING' } : {});
    const verdict = await tx.verdict.create({ data: { ...fields, claimId, authorId: user.id } });
    await writeAudit(tx, user, {
      action: 'verdict.save',
      entityType: 'Claim',
      entityId: claimId,
      before: previous ? { rating: previous.rating, conclusion: previous.conclusion } : undefined,
      after: { verdictId: verdict.id, rating: verdict.rating, conclusion: verdict.conclusion },
    });
    return verdict;
  });
}
