import Link from 'next/link';
import { StatusBadge } from '@/components/status-badge';
import { can, mayVoteOn } from '@/lib/access-rules';
import type { ActingUser } from '@/lib/server/acting-user';
import type { DeskClaim } from '@/lib/server/claims/get-claim-for-desk';
import { reviewStage } from '@/lib/workflow/review-stage';
import { movesFor } from '@/lib/workflow/transitions';
import { AssignForm, MoveForm, PublishForm, ReasonMoveForm, UnpublishForm, VoteForm } from './workflow-forms';
import { VoteList } from './vote-list';
import { isoDay } from '@/lib/dates';
import { verdictPath } from '@/lib/routes';

/** The claim's workflow: status, assignment, review votes and the moves this user may make. */
export function WorkflowPanel({
  claim,
  user,
  reviewVotes,
  editors,
}: {
  claim: DeskClaim;
  user: ActingUser;
  reviewVotes: number;
  editors: { id: string; name: string }[];
}) {
  const newest = claim.verdicts[0];
  const stage = reviewStage(claim, newest);
  const ref = { claimId: claim.id, version: claim.version };
  const moves = movesFor(claim.status, user.role).filter(
    (m) => !(m.needsVerdict && (stage === 'NO_VERDICT' || stage === 'REJECTED')),
  );

  return (
    <div className="space-y-4 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <StatusBadge status={claim.status} />
        {claim.statusReason && <span className="text-stone-700">Reason: {claim.statusReason}</span>}
        <span className="text-stone-700">Assigned to {claim.assignee?.name ?? 'nobody'}</span>
      </div>
      {can(user.role, 'claim.assign') && (
        <AssignForm claimId={claim.id} assigneeId={claim.assignee?.id ?? null} editors={editors} />
      )}

      {newest && (stage === 'IN_REVIEW' || stage === 'REJECTED' || stage === 'APPROVED') && (
        <div className="rounded-md bg-stone-50 p-3 ring-1 ring-stone-200" data-testid="review">
          <p className="font-medium">
            {stage === 'IN_REVIEW' &&
              `${claim.status === 'PUBLISHED' ? 'Correction' : 'Verdict'} in review: ${newest.votes.length} of ${reviewVotes} vote${reviewVotes === 1 ? '' : 's'} cast.`}
            {stage === 'REJECTED' &&
              'The newest verdict was rejected in review: revise it and send it again.'}
            {stage === 'APPROVED' && 'The newest verdict is approved and ready to publish.'}
          </p>
          <VoteList votes={newest.votes} />
          <Link
            href={`/desk/claims/${claim.id}/preview`}
            className="mt-2 inline-block text-blue-800 underline"
          >
            Preview the public page
          </Link>
          {stage === 'IN_REVIEW' &&
            (newest.author.id === user.id ? (
              <p className="mt-2 text-stone-700">You wrote this verdict, so other chief editors review it.</p>
            ) : newest.votes.some((v) => v.voter.id === user.id) ? (
              <p className="mt-2 text-stone-700">You have voted.</p>
            ) : mayVoteOn(user, { authorId: newest.author.id }) ? (
              <div className="mt-2">
                <VoteForm claimId={claim.id} verdictId={newest.id} />
              </div>
            ) : (
              <p className="mt-2 text-stone-700">Waiting for a chief editor to review it.</p>
            ))}
          {stage === 'APPROVED' && can(user.role, 'claim.publish') && (
            <div className="mt-2">
              <PublishForm {...ref} verdictId={newest.id} correction={claim.publishedVerdictId !== null} />
            </div>
          )}
        </div>
      )}

      {claim.status === 'PUBLISHED' && (
        <div className="space-y-2">
          <p>
            Published{claim.publishedAt ? ` on ${isoDay(claim.publishedAt)}` : ''}.{' '}
            <Link href={verdictPath(claim.slug)} className="text-blue-800 underline">
              Public verdict page
            </Link>
          </p>
          {can(user.role, 'claim.unpublish') && <UnpublishForm {...ref} />}
        </div>
      )}

      {moves.length > 0 && (
        <div className="flex flex-wrap items-start gap-4">
          {moves.map((move) =>
            move.needsReason ? (
              <ReasonMoveForm key={move.to + move.label} {...ref} move={move} />
            ) : (
              <MoveForm key={move.to + move.label} {...ref} move={move} />
            ),
          )}
        </div>
      )}
      {!can(user.role, 'claim.status') && (
        <p className="text-stone-600">Viewers can read but not change claims.</p>
      )}
    </div>
  );
}
