import 'server-only';
import { db } from '../db';
import type { ActingUser } from '../acting-user';

// Every role may read the desk, but only with a signed-in user in hand: hence the unused reader.
export async function listArticles(_reader: ActingUser) {
  const [articles, counts] = await Promise.all([
    db.article.findMany({
      orderBy: { publishedAt: 'desc' },
      select: { id: true, slug: true, title: true, outlet: true, publishedAt: true },
    }),
    db.claim.groupBy({ by: ['articleId', 'status'], _count: { _all: true } }),
  ]);
  const count = (articleId: string, status?: string) =>
    counts
      .filter((c) => c.articleId === articleId && (!status || c.status === status))
      .reduce((sum, c) => sum + c._count._all, 0);
  return articles.map((article) => ({
    ...article,
    claimCount: count(article.id),
    publishedCount: count(article.id, 'PUBLISHED'),
    inReviewCount: count(article.id, 'IN_REVIEW'),
  }));
}
