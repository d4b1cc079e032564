import type { DeskClaim } from '@/lib/server/claims/get-claim-for-desk';
import { stamp } from '@/lib/dates';

type Votes = DeskClaim['verdicts'][number]['votes'];

export function VoteList({ votes }: { votes: Votes }) {
  if (votes.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1" data-testid="votes">
      {votes.map((v) => (
        <li key={v.id}>
          <strong className={v.decision === 'APPROVE' ? 'text-emerald-800' : 'text-red-800'}>
            {v.decision === 'APPROVE' ? 'Approved' : 'Rejected'}
          </strong>{' '}
          by {v.voter.name}
          {v.comment && <span className="text-stone-700">: “{v.comment}”</span>}
          <span className="text-xs text-stone-500"> · {stamp(v.createdAt)}</span>
        </li>
      ))}
    </ul>
  );
}
