import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { ClaimStatus, Rating } from '@/generated/prisma/enums';
import { db } from '../db';
import { AppError } from '../app-error';
import { assertRole, type ActingUser } from '../acting-user';

/** Which claims a report covers; every field narrows it, none means every claim. */
export type ReportScope = {
  articleId?: string;
  status?: ClaimStatus;
  /** The published rating, the one readers see. */
  rating?: Rating;
  /** The speaker's exact name, ignoring case. */
  speaker?: string;
  /** Claims last changed (updatedAt) on or after this instant… */
  from?: Date;
  /** …and before this one. */
  before?: Date;
};

const selectClaim = (includeNotes: boolean) =>
  ({
    id: true,
    slug: true,
    quote: true,
    claimReviewed: true,
    kind: true,
    status: true,
    publishedAt: true,
    updatedAt: true,
    speaker: { select: { name: true, title: true, sameAs: true } },
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
        votes: { where: { decision: 'APPROVE' }, orderBy: { createdAt: 'asc' }, select: { voter: { select: { name: true } } } },
      },
    },
    // ClaimReview must state what readers see, which differs from the newest verdict while a correction is in review.
    publishedVerdict: { select: { rating: true, approvedAt: true } },
    sources: { where: { removedAt: null }, orderBy: { createdAt: 'asc' }, select: { title: true, url: true, publisher: true, stance: true, archiveUrl: true } },
    corrections: { orderBy: { createdAt: 'asc' }, select: { body: true, createdAt: true } },
    // take: 0 rather than a conditional select keeps one result type for both variants.
    notes: { where: { removedAt: null }, take: includeNotes ? undefined : 0, orderBy: { createdAt: 'asc' }, select: { body: true, createdAt: true, author: { select: { name: true } } } },
  }) satisfies Prisma.ClaimSelect;

// Unique, so the cursor resumes exactly where the previous batch ended; groups claims by article in reading order.
const ORDER: Prisma.ClaimOrderByWithRelationInput[] = [{ articleId: 'asc' }, { startOffset: 'asc' }, { id: 'asc' }];

function whereFor(scope: ReportScope): Prisma.ClaimWhereInput {
  return {
    articleId: scope.articleId,
    status: scope.status,
    publishedVerdict: scope.rating ? { rating: scope.rating } : undefined,
    speaker: scope.speaker ? { name: { equals: scope.speaker, mode: 'insensitive' } } : undefined,
    updatedAt: scope.from || scope.before ? { gte: scope.from, lt: scope.before } : undefined,
  };
}

/**
 * The claims of a report, read in batches through a cursor so memory stays flat however many there
 * are. The role check, the article lookup and the count run before anything is streamed, so a
 * refusal is still an ordinary error response. Internal notes need an editor or above.
 */
export async function streamReportClaims(user: ActingUser, scope: ReportScope, { includeNotes, batchSize = 100 }: { includeNotes: boolean; batchSize?: number }) {
  if (includeNotes) assertRole(user, 'EDITOR', 'export internal notes');
  const article = scope.articleId
    ? await db.article.findUnique({ where: { id: scope.articleId }, select: { id: true, slug: true, title: true, outlet: true, url: true, publishedAt: true } })
    : null;
  if (scope.articleId && !article) throw new AppError('NOT_FOUND', 'No such article.');
  const where = whereFor(scope);
  const total = await db.claim.count({ where });
  const select = selectClaim(includeNotes);

  async function* batches() {
    let after: string | undefined;
    for (;;) {
      const page = await db.claim.findMany({ where, orderBy: ORDER, select, take: batchSize, ...(after ? { cursor: { id: after }, skip: 1 } : {}) });
      if (page.length > 0) yield page.map(({ verdicts, ...claim }) => ({ ...claim, verdict: verdicts.at(0) ?? null }));
      if (page.length < batchSize) return;
      after = page[page.length - 1].id;
    }
  }

  return { article, total, batches: batches() };
}

type Streamed = Awaited<ReturnType<typeof streamReportClaims>>;
export type ReportArticle = NonNullable<Streamed['article']>;
export type ReportClaim = Streamed['batches'] extends AsyncGenerator<(infer C)[]> ? C : never;
