import 'server-only';
import type { CastVoteInput } from '@/lib/validation/workflow';
import { reviewOutcome } from '@/lib/workflow/transitions';
import { reviewStage } from '@/lib/workflow/review-stage';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed, assertMayVoteOn } from '../access';
import { writeAudit } from '../audit';
import { lockClaimRow } from './lock-claim-row';
import { newestVerdict } from './newest-verdict';
import { getSettings } from '../settings/get-settings';
import { notify } from '../notifications/notify';

/**
 * A reviewer's approve/reject vote on the verdict under review. Once the setting's number of votes
 * is in, the majority decides: approved verdicts can be published, rejected ones go back to research.
 */
export async function castVote(user: ActingUser, { claimId, verdictId, decision, comment }: CastVoteInput) {
  assertAllowed(user, 'verdict.vote');
  return db.$transaction(async (tx) => {
    await lockClaimRow(tx, claimId);
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId } });
    const verdict = await newestVerdict(tx, claimId);
    if (!verdict || verdict.id !== verdictId)
      throw new AppError(
        'CONFLICT',
        'A newer verdict was saved after you opened this page; review that one instead.',
      );
    if (reviewStage(claim, verdict) !== 'IN_REVIEW')
      throw new AppError('INVALID', 'This verdict is not waiting for review.');
    assertMayVoteOn(user, verdict);
    if (verdict.votes.some((v) => v.voterId === user.id))
      throw new AppError('CONFLICT', 'You have already voted on this verdict.');

    await tx.vote.create({ data: { verdictId, voterId: user.id, decision, comment } });
    const { reviewVotes } = await getSettings(tx);
    const outcome = reviewOutcome([...verdict.votes, { decision }], reviewVotes);
    await writeAudit(tx, user, {
      action: 'verdict.vote',
      entityType: 'Claim',
      entityId: claimId,
      after: { verdictId, decision, comment, outcome },
    });
    if (outcome === 'APPROVED')
      await tx.verdict.update({ where: { id: verdictId }, data: { approvedAt: new Date() } });
    if (outcome === 'REJECTED') {
      await tx.verdict.update({ where: { id: verdictId }, data: { rejectedAt: new Date() } });
      await notify(tx, user, {
        kind: 'REJECTED',
        claimId,
        userIds: [verdict.authorId, claim.assigneeId],
        comment,
      });
      if (claim.status === 'IN_REVIEW') {
        await tx.claim.update({
          where: { id: claimId },
          data: { status: 'RESEARCHING', version: { increment: 1 } },
        });
        await writeAudit(tx, user, {
          action: 'claim.status',
          entityType: 'Claim',
          entityId: claimId,
          before: { status: 'IN_REVIEW' },
          after: { status: 'RESEARCHING', reason: 'verdict rejected in review' },
        });
      }
    }
    return outcome;
  });
}
