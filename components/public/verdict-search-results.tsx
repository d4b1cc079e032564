import Link from 'next/link';
import { HighlightedSnippet } from '@/components/search/highlighted-snippet';
import { VerdictBadge } from '@/components/verdict-badge';
import type { ClaimSearchRow } from '@/lib/server/search/search-claims-sql';
import { verdictPath } from '@/lib/routes';

/** Public search hits: published claims only, snippets from public text only (claim, verdict). */
export function VerdictSearchResults({ claims }: { claims: ClaimSearchRow[] }) {
  if (claims.length === 0) return <p className="text-stone-600">No verdicts match.</p>;
  return (
    <ul className="space-y-4" data-testid="verdict-search-results">
      {claims.map((c) => (
        <li key={c.slug} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200">
          <div className="mb-1 flex flex-wrap items-center gap-2 text-sm text-stone-600">
            {c.rating && <VerdictBadge rating={c.rating} />} {c.speaker} ·{' '}
            <Link href={`/articles/${c.articleSlug}`} className="hover:underline">
              {c.articleTitle}
            </Link>
          </div>
          <Link
            href={verdictPath(c.slug)}
            className="text-lg font-medium break-words text-blue-900 hover:underline"
          >
            {c.claimReviewed}
          </Link>
          {c.snippet && (
            <p className="text-sm break-words text-stone-700">
              <HighlightedSnippet text={c.snippet} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
