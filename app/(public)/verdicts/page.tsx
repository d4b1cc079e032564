import Link from 'next/link';
import type { Metadata } from 'next';
import { z } from 'zod';
import { Rating } from '@/generated/prisma/enums';
import { VerdictList } from '@/components/public/verdict-list';
import { RATINGS, RATING_KEYS } from '@/lib/ratings';
import { listPublishedClaims } from '@/lib/server/public/list-published-claims';
import { listVerdictFacets } from '@/lib/server/public/list-verdict-facets';
import { cachedPublic } from '@/lib/server/public-cache';
import { verdictsPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'All verdicts', alternates: { canonical: verdictsPath() } };

const querySchema = z.object({
  rating: z.enum(Rating).optional().catch(undefined),
  speaker: z.string().max(200).optional().catch(undefined),
  article: z.string().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

// The filters are part of the cache key (unstable_cache keys on the arguments).
const verdicts = cachedPublic(listPublishedClaims, 'verdicts');
const facets = cachedPublic(listVerdictFacets, 'verdict-facets');

const select = 'mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm';

export default async function VerdictsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const filters = querySchema.parse(await searchParams);
  const [{ claims, total, pages }, { speakers, articles }] = await Promise.all([verdicts(filters), facets()]);
  const pageHref = (page: number) => {
    const q = new URLSearchParams(Object.entries({ ...filters, page: String(page) }).filter((e): e is [string, string] => Boolean(e[1])));
    return verdictsPath(String(q));
  };
  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-semibold">All verdicts</h1>
      {/* A plain GET form: filtering works without JavaScript and every result page has its own URL. */}
      <form method="get" className="grid gap-3 rounded-lg bg-white p-4 ring-1 ring-stone-200 sm:grid-cols-4 sm:items-end">
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
        <button className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900">Filter</button>
      </form>
      <p className="text-sm text-stone-600" aria-live="polite">
        {total} verdict{total === 1 ? '' : 's'}
      </p>
      <VerdictList claims={claims} />
      {pages > 1 && (
        <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
          {filters.page > 1 && (
            <Link href={pageHref(filters.page - 1)} className="text-blue-800 underline" rel="prev">
              Newer
            </Link>
          )}
          <span>
            Page {filters.page} of {pages}
          </span>
          {filters.page < pages && (
            <Link href={pageHref(filters.page + 1)} className="text-blue-800 underline" rel="next">
              Older
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
