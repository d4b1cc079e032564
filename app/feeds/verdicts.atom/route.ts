import { buildAtomFeed } from '@/lib/feeds/build-atom-feed';
import { listPublishedClaimReviews } from '@/lib/server/public/list-published-claim-reviews';
import { cachedPublic } from '@/lib/server/public-cache';

const atom = cachedPublic(async () => buildAtomFeed(await listPublishedClaimReviews(100)), 'feed-atom');

export async function GET() {
  return new Response(await atom(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
