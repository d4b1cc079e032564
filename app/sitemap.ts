import type { MetadataRoute } from 'next';
import { listPublishedClaimReviews } from '@/lib/server/public/list-published-claim-reviews';
import { cachedPublic } from '@/lib/server/public-cache';
import { absoluteUrl } from '@/lib/site';
import {
  articlePath,
  correctionsPath,
  homePath,
  methodologyPath,
  verdictPath,
  verdictsPath,
} from '@/lib/routes';

// Rendered per request from the tagged cache, so `next build` needs no database.
export const dynamic = 'force-dynamic';

const entries = cachedPublic(async (): Promise<MetadataRoute.Sitemap> => {
  const claims = await listPublishedClaimReviews(45_000);
  const articles = new Map(claims.map((c) => [c.article.slug, c.review.datePublished.toISOString()]));
  return [
    { url: absoluteUrl(homePath()), changeFrequency: 'daily' },
    { url: absoluteUrl(verdictsPath()), changeFrequency: 'daily' },
    { url: absoluteUrl(methodologyPath()), changeFrequency: 'monthly' },
    { url: absoluteUrl(correctionsPath()), changeFrequency: 'weekly' },
    ...[...articles].map(([slug, lastModified]) => ({ url: absoluteUrl(articlePath(slug)), lastModified })),
    ...claims.map(({ review }) => ({
      url: absoluteUrl(verdictPath(review.slug)),
      lastModified: (review.dateModified ?? review.datePublished).toISOString(),
    })),
  ];
}, 'sitemap');

export default function sitemap() {
  return entries();
}
