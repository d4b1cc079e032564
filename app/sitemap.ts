import type { MetadataRoute } from 'next';
import { listPublishedClaimReviews } from '@/lib/server/public/list-published-claim-reviews';
import { cachedPublic } from '@/lib/server/public-cache';
import { absoluteUrl, verdictPath } from '@/lib/site';

// Rendered per request from the tagged cache, so `next build` needs no database.
export const dynamic = 'force-dynamic';

const entries = cachedPublic(async (): Promise<MetadataRoute.Sitemap> => {
  const claims = await listPublishedClaimReviews(45_000);
  const articles = new Map(claims.map((c) => [c.article.slug, c.publishedAt?.toISOString()]));
  return [
    { url: absoluteUrl('/'), changeFrequency: 'daily' },
    { url: absoluteUrl('/verdicts'), changeFrequency: 'daily' },
    { url: absoluteUrl('/methodology'), changeFrequency: 'monthly' },
    { url: absoluteUrl('/corrections'), changeFrequency: 'weekly' },
    ...[...articles].map(([slug, lastModified]) => ({ url: absoluteUrl(`/articles/${slug}`), lastModified })),
    ...claims.map((c) => ({ url: absoluteUrl(verdictPath(c.slug)), lastModified: (c.corrections[0]?.createdAt ?? c.publishedAt)?.toISOString() })),
  ];
}, 'sitemap');

export default function sitemap() {
  return entries();
}
