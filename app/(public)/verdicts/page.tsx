import Link from 'next/link';
import type { Metadata } from 'next';
import { z } from 'zod';
import { Rating } from '@/generated/prisma/enums';
import { searchPublic } from '@/lib/server/search/search-public';
import { VerdictSearchResults } from '@/components/public/verdict-search-results';
import { VerdictSearchBox } from '@/components/public/verdict-search-box';
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
});

/**
 * Reader search, rendered per request. The proxy sends every /verdicts address without a search to
 * the stored filtered list (verdicts/filtered/[filters]), so this page only ever answers a query.
 */
export default async function VerdictsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { q, after, rating } = querySchema.parse(await searchParams);
  return <PublicSearch text={q?.trim() ?? ''} rating={rating} after={after} />;
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
      <VerdictSearchBox text={text} />
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
