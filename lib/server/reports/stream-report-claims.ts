import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { ReportArticle, ReportClaim, ReportScope } from '@/lib/report/report-claim';
import { db } from '../db';
import { REVIEW_SELECT, reviewedClaimOf } from '../public/read-model';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';

const selectClaim = (includeNotes: boolean) =>
  ({
    // What ClaimReview needs (slug, status, dates, speaker, published verdict), widened below where the report shows more.
    ...REVIEW_SELECT,
    id: true,
    quote: true,
    kind: true,
    article: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true } },
    // The report shows the newest verdict, approved or not: it is the desk's working state.
    verdicts: {
      orderBy: { createdAt: 'desc' },
      take: 1,
      select: {
        rating: true,
        conclusion: true,
        rationale: true,
        approvedAt: true,
        author: { select: { name: true } },
        votes: {
          where: { decision: 'APPROVE' },
          orderBy: { createdAt: 'asc' },
          select: { voter: { select: { name: true } } },
        },
      },
    },
    sources: {
      where: { removedAt: null },
      orderBy: { createdAt: 'asc' },
      select: { title: true, url: true, publisher: true, stance: true, archiveUrl: true },
    },
    corrections: { orderBy: { createdAt: 'asc' }, select: { body: true, createdAt: true } },
    // take: 0 rather than a conditional select keeps one result type for both variants.
    notes: {
      where: { removedAt: null },
      take: includeNotes ? undefined : 0,
      orderBy: { createdAt: 'asc' },
      select: { body: true, createdAt: true, author: { select: { name: true } } },
    },
  }) satisfies Prisma.ClaimSelect;

// Unique, so the cursor resumes exactly where the previous batch ended; groups claims by article in reading order.
const ORDER: Prisma.ClaimOrderByWithRelationInput[] = [
  { articleId: 'asc' },
  { startOffset: 'asc' },
  { id: 'asc' },
];

/**
 * Prisma's case-insensitive `equals` is an ILIKE, where "%" and "_" in the name are wildcards; the
 * report promises the exact name, so the speakers are found by an exact comparison of lower-cased names.
 */
async function speakerIdsNamed(name: string): Promise<string[]> {
  const rows = await db.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Speaker" WHERE lower(name) = lower(${name})`;
  return rows.map((r) => r.id);
}

function whereFor(scope: ReportScope, speakerIds: string[] | undefined): Prisma.ClaimWhereInput {
  return {
    articleId: scope.articleId,
    status: scope.status,
    publishedRating: scope.rating,
    speakerId: speakerIds ? { in: speakerIds } : undefined,
    updatedAt: scope.from || scope.before ? { gte: scope.from, lt: scope.before } : undefined,
  };
}

/**
 * The claims of a report, read in batches through a cursor so memory stays flat however many there
 * are. The role check, the article lookup and the count run before anything is streamed, so a
 * refusal is still an ordinary error response. Internal notes need an editor or above.
 */
export async function streamReportClaims(
  user: ActingUser,
  scope: ReportScope,
  { includeNotes, batchSize = 100 }: { includeNotes: boolean; batchSize?: number },
): Promise<{ article: ReportArticle | null; total: number; batches: AsyncGenerator<ReportClaim[]> }> {
  // The same rule as the desk page's notes: a viewer never sees them, so asking for them is refused.
  if (includeNotes) assertAllowed(user, 'note.export');
  const article = scope.articleId
    ? await db.article.findUnique({
        where: { id: scope.articleId },
        select: { id: true, slug: true, title: true, outlet: true, url: true, publishedAt: true },
      })
    : null;
  if (scope.articleId && !article) throw new AppError('NOT_FOUND', 'No such article.');
  const where = whereFor(scope, scope.speaker ? await speakerIdsNamed(scope.speaker) : undefined);
  const total = await db.claim.count({ where });
  const select = selectClaim(includeNotes);

  async function* batches() {
    let after: string | undefined;
    for (;;) {
      const page = await db.claim.findMany({
        where,
        orderBy: ORDER,
        select,
        take: batchSize,
        ...(after ? { cursor: { id: after }, skip: 1 } : {}),
      });
      // ClaimReview states what readers see (the public read model), which differs from the newest verdict while a correction is in review.
      if (page.length > 0)
        yield page.map(({ verdicts, publishedVerdict, publishedVerdictId, ...claim }): ReportClaim => ({
          ...claim,
          verdict: verdicts.at(0) ?? null,
          review: reviewedClaimOf({ ...claim, publishedVerdict, publishedVerdictId }),
        }));
      if (page.length < batchSize) return;
      after = page[page.length - 1].id;
    }
  }

  return { article, total, batches: batches() };
}

export type { ReportArticle, ReportClaim, ReportScope };
