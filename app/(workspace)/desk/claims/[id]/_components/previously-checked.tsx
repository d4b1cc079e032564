import Link from 'next/link';
import { StatusBadge } from '@/components/status-badge';
import { VerdictBadge } from '@/components/verdict-badge';
import { isoDay } from '@/lib/dates';
import type { findPreviouslyChecked } from '@/lib/server/search/find-previously-checked';
import { LinkClaimForm } from './link-claim-form';

type Match = Awaited<ReturnType<typeof findPreviouslyChecked>>[number];

const LINK_LABEL = { SAME_CLAIM: 'Marked: same claim', RELATED: 'Marked: related' } as const;

/** Earlier claims like this one, so nobody re-checks (or contradicts) what the desk already did. */
export function PreviouslyChecked({
  claimId,
  matches,
  canLink,
}: {
  claimId: string;
  matches: Match[];
  canLink: boolean;
}) {
  if (matches.length === 0)
    return <p className="text-sm text-stone-600">Nothing similar has been checked before.</p>;
  return (
    <ol className="space-y-3">
      {matches.map((m) => (
        <li key={m.id} className="text-sm" data-testid="previously-checked-item">
          <div className="flex flex-wrap items-center gap-2">
            {m.publishedVerdict ? (
              <VerdictBadge rating={m.publishedVerdict.rating} />
            ) : (
              <StatusBadge status={m.status} />
            )}
            <span className="text-stone-600">{isoDay(m.publishedAt ?? m.updatedAt)}</span>
            {m.reason && (
              <span className="text-stone-600" data-testid="match-reason">
                {m.reason}
              </span>
            )}
            {m.link && <span className="font-medium text-emerald-800">{LINK_LABEL[m.link]}</span>}
          </div>
          <Link href={`/desk/claims/${m.id}`} className="text-blue-800 underline">
            {m.claimReviewed}
          </Link>
          {canLink && (
            <div className="mt-1 flex flex-wrap items-center gap-3">
              <LinkClaimForm claimId={claimId} earlierId={m.id} />
              {m.link === 'SAME_CLAIM' && m.publishedVerdict && (
                <Link
                  href={`/desk/claims/${claimId}?reuse=${m.id}#verdict`}
                  className="text-blue-800 underline"
                >
                  Start a verdict from this one
                </Link>
              )}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
