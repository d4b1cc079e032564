import Link from 'next/link';
import type { Metadata } from 'next';
import { z } from 'zod';
import { ClaimStatus } from '@/generated/prisma/enums';
import { KIND_LABEL, STATUS_LABEL } from '@/lib/labels';
import { listClaimQueue } from '@/lib/server/claims/list-claim-queue';
import { QUEUE_COUNT_LIMIT } from '@/lib/server/claims/queue-counts-sql';
import { QUEUE_PAGE_SIZE } from '@/lib/server/claims/queue-rows-sql';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { countLabel } from '@/lib/count-label';
import { isoDay } from '@/lib/dates';
import { deskClaimPath, deskQueuePath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Claim queue' };

const querySchema = z.object({
  status: z.enum(ClaimStatus).optional().catch(undefined),
  mine: z.literal('1').optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
});

export default async function QueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireDeskUser();
  const query = querySchema.parse(await searchParams);
  const mine = query.mine;
  const { claims, counts, status, next, continued, firstPosition } = await listClaimQueue(user, {
    status: query.status,
    mine: mine === '1',
    after: query.after,
  });
  const href = (s: ClaimStatus, m = mine === '1') => deskQueuePath(s, m);
  const lastPosition = firstPosition + claims.length - 1;
  // A claim removed since the earlier pages were read can leave the count behind the position.
  const total = countLabel(Math.max(counts[status] ?? 0, lastPosition), QUEUE_COUNT_LIMIT);
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{mine ? 'My claims' : 'Claim queue'}</h1>
        <Link href={href(status, !mine)} className="text-sm text-blue-800 underline">
          {mine ? 'Show everyone’s claims' : 'Show only my claims'}
        </Link>
      </div>
      <nav aria-label="Status" className="flex flex-wrap gap-1 border-b border-stone-300 text-sm">
        {Object.values(ClaimStatus).map((s) => (
          <Link
            key={s}
            href={href(s)}
            aria-current={s === status ? 'page' : undefined}
            className={`-mb-px rounded-t border px-3 py-1.5 ${s === status ? 'border-stone-300 border-b-stone-50 bg-stone-50 font-semibold' : 'border-transparent text-blue-800 hover:underline'}`}
          >
            {STATUS_LABEL[s]}{' '}
            <span className="tabular-nums text-stone-500">
              ({countLabel(counts[s] ?? 0, QUEUE_COUNT_LIMIT)})
            </span>
          </Link>
        ))}
      </nav>
      {claims.length > 0 && (next || continued) && (
        <p className="text-sm text-stone-600 tabular-nums" data-testid="queue-position">
          Claims {firstPosition.toLocaleString('en-GB')}–{lastPosition.toLocaleString('en-GB')} of {total}
        </p>
      )}
      {claims.length === 0 ? (
        <p className="text-stone-600">No claims here.</p>
      ) : (
        // On a phone the table scrolls inside its own box; the page itself never scrolls sideways.
        <div className="overflow-x-auto">
          <table
            className="w-full border-collapse bg-white text-sm shadow-sm ring-1 ring-stone-200"
            data-testid="queue"
          >
            <thead className="bg-stone-100 text-left text-stone-700">
              <tr>
                <th className="px-3 py-2 font-medium">Claim</th>
                <th className="hidden px-3 py-2 font-medium sm:table-cell">Kind</th>
                <th className="px-3 py-2 text-right font-medium">Score</th>
                <th className="hidden px-3 py-2 font-medium sm:table-cell">Assigned to</th>
                <th className="hidden px-3 py-2 font-medium sm:table-cell">Updated</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((c) => (
                <tr key={c.id} className="border-t border-stone-200 align-top">
                  <td className="px-3 py-2">
                    <Link href={deskClaimPath(c.id)} className="font-medium text-blue-800 hover:underline">
                      {c.claimReviewed}
                    </Link>
                    <div className="text-xs text-stone-600">
                      {c.speakerName} · {c.articleTitle}
                    </div>
                    {/* A phone has room for the claim only: the columns it hides are read here. */}
                    <div className="text-xs text-stone-600 sm:hidden">
                      {KIND_LABEL[c.kind]} · {c.assigneeName ? `Assigned to ${c.assigneeName}` : 'Unassigned'}{' '}
                      · <span className="whitespace-nowrap">Updated {isoDay(c.updatedAt)}</span>
                    </div>
                  </td>
                  <td className="hidden px-3 py-2 sm:table-cell">{KIND_LABEL[c.kind]}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{c.score.toFixed(2)}</td>
                  <td className="hidden px-3 py-2 sm:table-cell">{c.assigneeName ?? '—'}</td>
                  <td className="hidden px-3 py-2 whitespace-nowrap sm:table-cell">{isoDay(c.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(next || continued) && (
        <nav aria-label="Queue pages" className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {continued && (
            <Link href={href(status)} className="text-blue-800 underline">
              Back to the top of the queue
            </Link>
          )}
          {next && (
            <Link
              href={deskQueuePath(status, mine === '1', next)}
              className="text-blue-800 underline"
              rel="next"
            >
              Next {QUEUE_PAGE_SIZE} claims
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
