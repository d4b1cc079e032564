import { VerdictBadge } from '@/components/verdict-badge';
import type { DeskClaim } from '@/lib/server/claims/get-claim-for-desk';
import { VoteList } from './vote-list';
import { isoDay } from '@/lib/dates';

export function VerdictHistory({ verdicts }: { verdicts: DeskClaim['verdicts'] }) {
  if (verdicts.length === 0) return null;
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer">Earlier verdicts ({verdicts.length})</summary>
      <ul className="mt-2 space-y-2">
        {verdicts.map((v) => (
          <li key={v.id}>
            <VerdictBadge rating={v.rating} /> {v.conclusion} — {v.author.name}, {isoDay(v.createdAt)}
            {v.rejectedAt ? ' · rejected' : v.approvedAt ? ' · approved' : ''}
            <VoteList votes={v.votes} />
          </li>
        ))}
      </ul>
    </details>
  );
}
