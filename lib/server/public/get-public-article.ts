import 'server-only';
import { db } from '../db';
import { PUBLIC_CLAIM_WHERE } from './read-model';

/** Public read: an article with only its published claims, in reading order. Null when it has none. */
export async function getPublicArticle(slug: string) {
  const article = await db.article.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      outlet: true,
      url: true,
      publishedAt: true,
      text: true,
      claims: {
        where: PUBLIC_CLAIM_WHERE,
        orderBy: { startOffset: 'asc' },
        select: {
          slug: true,
          quote: true,
          startOffset: true,
          endOffset: true,
          claimReviewed: true,
          speaker: { select: { name: true } },
          publishedVerdict: { select: { rating: true, conclusion: true } },
        },
      },
    },
  });
  if (!article || article.claims.length === 0) return null;
  return article;
}
