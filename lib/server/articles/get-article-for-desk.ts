import 'server-only';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';

export async function getArticleForDesk(_reader: ActingUser, articleId: string) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    include: {
      claims: {
        // Merged duplicates are no longer work; their survivor stands for them.
        where: { mergedIntoId: null },
        orderBy: { startOffset: 'asc' },
        include: { speaker: { select: { name: true } }, assignee: { select: { name: true } } },
      },
    },
  });
  if (!article) throw new AppError('NOT_FOUND', 'No such article.');
  return article;
}
