import 'server-only';
import type { SendForReviewInput } from '@/lib/validation/workflow';
import { db } from '../db';
import { AppError } from '../app-error';
import { assertRole, type ActingUser } from '../acting-user';
import { writeAudit } from '../audit';
import { findClaimForEdit } from './find-claim-for-edit';
import { lockClaim } from './lock-claim';

export async function sendForReview(user: ActingUser, { claimId, version }: SendForReviewInput) {
  assertRole(user, 'EDITOR', 'send claims for review');
  return db.$transaction(async (tx) => {
    const claim = await findClaimForEdit(tx, claimId, 'send it for review');
    if (claim.status === 'IN_REVIEW') throw new AppError('INVALID', 'This claim is already in review.');
    const verdicts = await tx.verdict.count({ where: { claimId } });
    if (verdicts === 0) throw new AppError('INVALID', 'Write a verdict before sending the claim for review.');
    await lockClaim(tx, claimId, version, { status: 'IN_REVIEW' });
    await writeAudit(tx, user, {
      action: 'claim.status',
      entityType: 'Claim',
      entityId: claimId,
      before: { status: claim.status },
      after: { status: 'IN_REVIEW' },
    });
  });
}
