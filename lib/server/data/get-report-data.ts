import 'server-only';
import { db } from '../db';
import { AppError } from '../app-error';
import { assertRole, type ActingUser } from '../acting-user';

/** Internal notes are loaded only when asked for, and only for editors and above. */
export async function getReportData(user: ActingUser, articleId: string, { includeNotes }: { includeNotes: boolean }) {
  if (includeNotes) assertRole(user, 'EDITOR', 'export internal notes');
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      title: true,
      outlet: true,
      url: true,
      publishedAt: true,
      claims: {
        orderBy: { startOffset: 'asc' },
        select: {
          slug: true,
          quote: true,
          claimReviewed: true,
          kind: true,
          status: true,
          speaker: { select: { name: true } },
          verdicts: {
            orderBy: { createdAt: 'desc' },
            take: 1,
            select: {
              rating: true,
              conclusion: true,
              rationale: true,
              approvedAt: true,
              author: { select: { name: true } },
              votes: { where: { decision: 'APPROVE' }, select: { voter: { select: { name: true } } } },
            },
          },
          sources: { orderBy: { createdAt: 'asc' }, select: { title: true, url: true, publisher: true, stance: true, archiveUrl: true } },
          corrections: { orderBy: { createdAt: 'asc' }, select: { body: true, createdAt: true } },
          // take: 0 rather than a conditional select keeps one result type for both variants.
          notes: { take: includeNotes ? undefined : 0, orderBy: { createdAt: 'asc' }, select: { body: true, createdAt: true, author: { select: { name: true } } } },
        },
      },
    },
  });
  if (!article) throw new AppError('NOT_FOUND', 'No such article.');
  return article;
}

export type ReportData = Awaited<ReturnType<typeof getReportData>>;
