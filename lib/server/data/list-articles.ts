import 'server-only';
import { db } from '../db';
import type { ActingUser } from '../acting-user';

// Every role may read the desk, but only with a signed-in user in hand: hence the unused reader.
export async function listArticles(_reader: ActingUser) {
  const articles = await db.article.findMany({
    orderBy: { publishedAt: 'desc' },
    select: { id: true, slug: true, title: true, outlet: true, publishedAt: true, claims: { select: { status: true } } },
  });
  return articles.map(({ claims, ...article }) => ({
    ...article,
    claimCount: claims.length,
    publishedCount: claims.filter((c) => c.status === 'PUBLISHED').length,
    inReviewCount: claims.filter((c) => c.status === 'IN_REVIEW').length,
  }));
}
