import { notFound } from 'next/navigation';
import { buildAtomFeed } from '@/lib/feeds/build-atom-feed';
import { buildClaimReviewFeed } from '@/lib/feeds/build-claim-review-feed';
import { listPublishedClaimReviews } from '@/lib/server/public/list-published-claim-reviews';
import { cachedPublic } from '@/lib/server/public-cache';

const FEEDS: Record<string, { type: string; body: () => Promise<string> }> = {
  'claimreview.json': {
    type: 'application/ld+json; charset=utf-8',
    body: cachedPublic(
      async () => JSON.stringify(buildClaimReviewFeed(await listPublishedClaimReviews(), new Date())),
      'feed-claimreview',
    ),
  },
  'verdicts.atom': {
    type: 'application/atom+xml; charset=utf-8',
    body: cachedPublic(async () => buildAtomFeed(await listPublishedClaimReviews(100)), 'feed-atom'),
  },
};

// One dynamic segment so each feed is generated on its first request and then served as stored
// bytes until a publish expires the public tag: a static route would be built at `next build`,
// which must not need the database, and a per-request one re-serialises the feed for every reader.
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ feed: string }> }) {
  const feed = FEEDS[(await params).feed];
  if (!feed) notFound();
  return new Response(await feed.body(), { headers: { 'content-type': feed.type } });
}
