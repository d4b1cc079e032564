import { buildClaimReviewFeed } from '@/lib/feeds/build-claim-review-feed';
import { listPublishedClaimReviews } from '@/lib/server/public/list-published-claim-reviews';
import { cachedPublic } from '@/lib/server/public-cache';

const feed = cachedPublic(
  async () => JSON.stringify(buildClaimReviewFeed(await listPublishedClaimReviews(), new Date())),
  'feed-claimreview',
);

export async function GET() {
  return new Response(await feed(), { headers: { 'content-type': 'application/ld+json; charset=utf-8' } });
}
