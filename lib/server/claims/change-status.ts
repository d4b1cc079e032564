import 'server-only';
import type { ChangeStatusInput } from '@/lib/validation/workflow';
import { findMove } from '@/lib/workflow/transitions';
import { STATUS_LABEL } from '@/lib/labels';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed, assertRoleFor } from '../access';
import { writeAudit } from '../audit';
import { checkClaimVersion } from './check-claim-version';
import { notify, reviewerIds } from '../notifications/notify';

/** Every status move except publish/unpublish, checked against the transition table. */
export async function changeStatus(user: ActingUser, { claimId, version, to, reason }: ChangeStatusInput) {
  assertAllowed(user, 'claim.status');
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId } });
    if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
    const move = findMove(claim.status, to);
    if (!move)
      throw new AppError(
        'INVALID',
        `A claim cannot go from ${STATUS_LABEL[claim.status]} to ${STATUS_LABEL[to]}.`,
      );
    assertRoleFor(user, move.role, move.label.toLowerCase());
    if (move.needsReason && !reason)
      throw new AppError('INVALID', `Give a reason to ${move.label.toLowerCase()}.`);
    const newest = move.needsVerdict
      ? await tx.verdict.findFirst({ where: { claimId }, orderBy: { createdAt: 'desc' } })
      : null;
    if (move.needsVerdict && (!newest || newest.rejectedAt))
      throw new AppError('INVALID', 'Write a verdict before sending the claim for review.');
    const statusReason = move.needsReason ? reason : null;
    await checkClaimVersion(tx, claimId, version, { status: to, statusReason });
    await writeAudit(tx, user, {
      action: 'claim.status',
      entityType: 'Claim',
      entityId: claimId,
      before: { status: claim.status },
      after: { status: to, ...(statusReason ? { reason: statusReason } : {}) },
    });
    if (to === 'IN_REVIEW')
      await notify(tx, user, {
        kind: 'REVIEW_REQUESTED',
        claimId,
        userIds: await reviewerIds(tx, newest?.authorId),
      });
  });
}
