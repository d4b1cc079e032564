import Link from 'next/link';
import { WideSeparator } from '@/components/wide-separator';
import type { Metadata } from 'next';
import { HighlightedSnippet } from '@/components/search/highlighted-snippet';
import { StatusBadge } from '@/components/status-badge';
import { VerdictBadge } from '@/components/verdict-badge';
import { isoDay } from '@/lib/dates';
import { KIND_LABEL } from '@/lib/labels';
import { listAssignableEditors } from '@/lib/server/users/list-assignable-editors';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { searchDesk } from '@/lib/server/search/search-desk';
import { searchFilters, searchHref, searchQuerySchema } from '@/lib/validation/search-query';
import { SearchFilters } from './_components/search-filters';

export const metadata: Metadata = { title: 'Search' };

const MATCHED_IN = { claim: 'claim', verdict: 'verdict', source: 'source', note: 'internal note' } as const;

export default async function DeskSearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireDeskUser();
  const query = searchQuerySchema.parse(await searchParams);
  const [result, assignees] = await Promise.all([
    searchDesk(user, {
      text: query.q ?? '',
      filters: searchFilters(query),
      sort: query.sort,
      cursor: query.after,
    }),
    listAssignableEditors(user),
  ]);
  const here = (change: Parameters<typeof searchHref>[2]) =>
    searchHref('/desk/search', query, { after: undefined, ...change });
  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-semibold">Search</h1>
      <SearchFilters query={query} assignees={assignees} />
      {(result.speakers.length > 0 || result.articles.length > 0) && (
        <div className="grid gap-4 sm:grid-cols-2" data-testid="entity-hits">
          {result.speakers.length > 0 && (
            <div>
              <h2 className="text-sm font-semibold text-stone-600">Speakers</h2>
              <ul className="mt-1 space-y-1 text-sm">
                {result.speakers.map((s) => (
                  <li key={s.id}>
                    <Link className="text-blue-800 underline" href={here({ speaker: s.id, q: undefined })}>
                      {s.label}
                    </Link>
                    {s.detail && <span className="text-stone-600"> · {s.detail}</span>}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {result.articles.length > 0 && (
            <div>
              <h2 className="text-sm font-semibold text-stone-600">Articles</h2>
              <ul className="mt-1 space-y-1 text-sm">
                {result.articles.map((a) => (
                  <li key={a.id}>
                    <Link className="text-blue-800 underline" href={`/desk/articles/${a.id}`}>
                      {a.label}
                    </Link>
                    <span className="text-stone-600"> · {a.detail} · </span>
                    <Link className="text-blue-800 underline" href={here({ article: a.id, q: undefined })}>
                      its claims
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      <h2 className="sr-only">Claims</h2>
      {result.claims.length === 0 ? (
        <p className="text-stone-600">No claims match.</p>
      ) : (
        <ol className="space-y-3" data-testid="search-results">
          {result.claims.map((c) => (
            <li key={c.id} className="rounded-lg bg-white p-3 ring-1 ring-stone-200">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-600 sm:gap-x-2">
                <StatusBadge status={c.status} />
                {c.rating && <VerdictBadge rating={c.rating} />}
                <span>{KIND_LABEL[c.kind]}</span>
                <WideSeparator />
                <span>{c.speaker}</span>
                <WideSeparator />
                <span>{c.articleTitle}</span>
                <WideSeparator />
                <span className="whitespace-nowrap">{isoDay(c.date)}</span>
                {c.assignee && (
                  <>
                    <WideSeparator />
                    <span>assigned to {c.assignee}</span>
                  </>
                )}
              </div>
              <Link href={`/desk/claims/${c.id}`} className="mt-1 block font-medium text-blue-900 underline">
                {c.claimReviewed}
              </Link>
              {c.snippet && (
                <p className="mt-1 text-sm text-stone-700" data-testid="snippet">
                  <span className="text-stone-500">Matched in {MATCHED_IN[c.matchedIn ?? 'claim']}: </span>
                  <HighlightedSnippet text={c.snippet} />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {result.next && (
        <Link
          href={searchHref('/desk/search', query, { after: result.next })}
          className="inline-block text-sm text-blue-800 underline"
          rel="next"
        >
          More results
        </Link>
      )}
    </section>
  );
}
