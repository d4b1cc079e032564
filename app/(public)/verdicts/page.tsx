import Link from 'next/link';
import { Pager } from '@/components/ui/pager';
import type { Metadata } from 'next';
import { z } from 'zod';
import { Rating } from '@/generated/prisma/enums';
import { VerdictList } from '@/components/public/verdict-list';
import { RATINGS, RATING_KEYS } from '@/lib/ratings';
import { listPublishedClaims, PAGE_SIZE } from '@/lib/server/public/list-published-claims';
import { listVerdictFacets } from '@/lib/server/public/list-verdict-facets';
import { cachedPublic } from '@/lib/server/public-cache';
import { searchPublic } from '@/lib/server/search/search-public';
import { VerdictSearchResults } from '@/components/public/verdict-search-results';
import { verdictsPath } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';

export const metadata: Metadata = {
  title: 'All verdicts',
  alternates: { canonical: absoluteUrl(verdictsPath()) },
};

const querySchema = z.object({
  q: z.string().max(500).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
  rating: z.enum(Rating).optional().catch(undefined),
  speaker: z.string().max(200).optional().catch(undefined),
  article: z.string().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

// The filters are part of the cache key (unstable_cache keys on the arguments), so only values
// that exist reach it: unknown speakers, articles and pages past the end are ignored, and the
// number of cache entries stays bounded by the published data, not by what visitors type.
const verdicts = cachedPublic(listPublishedClaims, 'verdicts');
const facets = cachedPublic(listVerdictFacets, 'verdict-facets');

function knownFilters(query: z.output<typeof querySchema>, known: Awaited<ReturnType<typeof facets>>) {
  return {
    rating: query.rating,
    speaker: query.speaker && known.speakers.includes(query.speaker) ? query.speaker : undefined,
    article:
      query.article && known.articles.some((a) => a.slug === query.article) ? query.article : undefined,
    page: Math.min(query.page, Math.max(1, Math.ceil(known.total / PAGE_SIZE))),
  };
}

const select = 'mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm';

export default async function VerdictsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { q, after, ...query } = querySchema.parse(await searchParams);
  const text = q?.trim() ?? '';
  if (text) return <PublicSearch text={text} rating={query.rating} after={after} />;
  const known = await facets();
  const filters = knownFilters(query, known);
  const { speakers, articles } = known;
  const { claims, total, pages } = await verdicts(filters);
  const pageHref = (page: number) => {
    const q = new URLSearchParams(
      Object.entries({ ...filters, page: String(page) }).filter((e): e is [string, string] => Boolean(e[1])),
    );
    return verdictsPath(String(q));
  };
  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-semibold">All verdicts</h1>
      <SearchBox />
      {/* A plain GET form: filtering works without JavaScript and every result page has its own URL. */}
      <form
        method="get"
        className="grid gap-3 rounded-lg bg-white p-4 ring-1 ring-stone-200 sm:grid-cols-4 sm:items-end"
      >
        <label className="text-sm font-medium">
          Rating
          <select name="rating" defaultValue={filters.rating ?? ''} className={select}>
            <option value="">Any rating</option>
            {RATING_KEYS.map((r) => (
              <option key={r} value={r}>
                {RATINGS[r].label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Speaker
          <select name="speaker" defaultValue={filters.speaker ?? ''} className={select}>
            <option value="">Anyone</option>
            {speakers.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Article
          <select name="article" defaultValue={filters.article ?? ''} className={select}>
            <option value="">Any article</option>
            {articles.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.title}
              </option>
            ))}
          </select>
        </label>
        <button className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900">
          Filter
        </button>
      </form>
      <p className="text-sm text-stone-600" aria-live="polite">
        {total} verdict{total === 1 ? '' : 's'}
      </p>
      <VerdictList claims={claims} />
      <Pager page={filters.page} pages={pages} href={pageHref} />
    </section>
  );
}

function SearchBox({ text = '' }: { text?: string }) {
  return (
    <form method="get" action="/verdicts" role="search" className="flex flex-wrap gap-2">
      <label htmlFor="verdict-search" className="sr-only">
        Search verdicts
      </label>
      <input
        id="verdict-search"
        name="q"
        type="search"
        defaultValue={text}
        placeholder="Search verdicts"
        className="min-w-0 flex-1 rounded-md border border-stone-300 px-3 py-2"
      />
      <button className="rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900">
        Search
      </button>
    </form>
  );
}

/** Reader search: the same engine as the desk, published claims only, nothing internal. */
async function PublicSearch({ text, rating, after }: { text: string; rating?: Rating; after?: string }) {
  const result = await searchPublic({ text, filters: { rating }, sort: 'relevance', cursor: after });
  const more = new URLSearchParams({
    q: text,
    ...(rating ? { rating } : {}),
    ...(result.next ? { after: result.next } : {}),
  });
  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-semibold">Verdicts matching “{text}”</h1>
      <SearchBox text={text} />
      <p className="text-sm">
        <Link href="/verdicts" className="text-blue-800 underline">
          All verdicts
        </Link>
      </p>
      <VerdictSearchResults claims={result.claims} />
      {result.next && (
        <Link href={`/verdicts?${more}`} className="text-sm text-blue-800 underline" rel="next">
          More results
        </Link>
      )}
    </section>
  );
}
