import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { Pager } from '@/components/ui/pager';
import { VerdictFilterForm } from '@/components/public/verdict-filter-form';
import { VerdictList } from '@/components/public/verdict-list';
import { VerdictSearchBox } from '@/components/public/verdict-search-box';
import { listPublishedClaims, PAGE_SIZE } from '@/lib/server/public/list-published-claims';
import { listVerdictFacets } from '@/lib/server/public/list-verdict-facets';
import { cachedPublic } from '@/lib/server/public-cache';
import { verdictsPath } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';
import { keyFromSegment, readVerdictFilters, verdictFilterKey } from '@/lib/verdict-filter-key';

type Props = { params: Promise<{ filters: string }> };

// Readers reach this as /verdicts?…: the proxy and next.config.js send each filter combination here,
// where it is rendered once and served from Next's cache until a publish, unpublish or correction expires the
// public tag its reads carry.
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

export const metadata: Metadata = {
  title: 'All verdicts',
  alternates: { canonical: absoluteUrl(verdictsPath()) },
};

const verdicts = cachedPublic(listPublishedClaims, 'verdicts');
const facets = cachedPublic(listVerdictFacets, 'verdict-facets');

export default async function FilteredVerdictsPage({ params }: Props) {
  const asked = keyFromSegment((await params).filters);
  if (asked === null) notFound();
  const wanted = readVerdictFilters(new URLSearchParams(asked));
  const known = await facets();
  const filters = {
    rating: wanted.rating,
    speaker: wanted.speaker && known.speakers.includes(wanted.speaker) ? wanted.speaker : undefined,
    article:
      wanted.article && known.articles.some((a) => a.slug === wanted.article) ? wanted.article : undefined,
    page: Math.min(wanted.page, Math.max(1, Math.ceil(known.total / PAGE_SIZE))),
  };
  const key = verdictFilterKey(filters);
  // Unknown speakers and articles, and pages past the end, are dropped from the address: the
  // redirect is not stored, so what visitors type never becomes a cache entry.
  if (key !== asked) redirect(verdictsPath(key));
  const { claims, total, pages } = await verdicts(filters);
  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-semibold">All verdicts</h1>
      <VerdictSearchBox />
      <VerdictFilterForm filters={filters} speakers={known.speakers} articles={known.articles} />
      <p className="text-sm text-stone-600" aria-live="polite">
        {total} verdict{total === 1 ? '' : 's'}
      </p>
      <VerdictList
        claims={claims}
        empty={
          filters.rating || filters.speaker || filters.article ? undefined : 'No verdicts published yet.'
        }
      />
      <Pager
        page={filters.page}
        pages={pages}
        href={(page) => verdictsPath(verdictFilterKey({ ...filters, page }))}
      />
    </section>
  );
}
