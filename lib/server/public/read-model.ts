import { isShownToReaders } from '@/lib/workflow/source-visibility';
import type { Prisma } from '@/generated/prisma/client';
import type { ClaimStatus } from '@/generated/prisma/enums';
import { newestDate, type ReviewedClaim } from '@/lib/claimreview/reviewed-claim';

/**
 * The public read model: the one rule for "readers may see this claim", what they may read about
 * it, and the ClaimReview it states. Public pages, feeds, the sitemap and the report export all
 * read through here, so a change to publication (an embargo, a new status) is made once.
 */
// Publishing always dates a claim; stating the date too lets a date index skip every unpublished row.
export const PUBLIC_CLAIM_WHERE = {
  status: 'PUBLISHED',
  publishedVerdictId: { not: null },
  publishedAt: { not: null },
} satisfies Prisma.ClaimWhereInput;

/** The same rule for a row already read, for reads that cover unpublished claims too (the report). */
export function isPublicClaim(claim: {
  status: ClaimStatus;
  publishedVerdictId: string | null;
  publishedAt: Date | null;
}): boolean {
  return claim.status === 'PUBLISHED' && claim.publishedVerdictId !== null && claim.publishedAt !== null;
}

/** The fields a ClaimReview needs; spread into a larger select (the report's) to get them too. */
export const REVIEW_SELECT = {
  slug: true,
  status: true,
  publishedVerdictId: true,
  claimReviewed: true,
  publishedAt: true,
  updatedAt: true,
  speaker: { select: { name: true, title: true, sameAs: true } },
  article: { select: { title: true, outlet: true, url: true, publishedAt: true } },
  publishedVerdict: { select: { rating: true, approvedAt: true } },
  corrections: { select: { createdAt: true } },
} satisfies Prisma.ClaimSelect;

type ReviewRow = {
  slug: string;
  status: ClaimStatus;
  publishedVerdictId: string | null;
  claimReviewed: string;
  publishedAt: Date | null;
  updatedAt: Date;
  speaker: ReviewedClaim['speaker'];
  article: ReviewedClaim['article'];
  publishedVerdict: { rating: ReviewedClaim['rating']; approvedAt: Date | null } | null;
  corrections: { createdAt: Date }[];
};

/** The ClaimReview input for a claim readers may see; null for any other. */
export function reviewedClaimOf(row: ReviewRow): ReviewedClaim | null {
  const verdict = row.publishedVerdict;
  if (!isPublicClaim(row) || !verdict) return null;
  return {
    slug: row.slug,
    claimReviewed: row.claimReviewed,
    rating: verdict.rating,
    // publishedAt is set on publication; the fallbacks are stored dates, so every reader of the model agrees.
    datePublished: row.publishedAt ?? verdict.approvedAt ?? row.updatedAt,
    dateModified: newestDate(row.corrections.map((c) => c.createdAt)),
    speaker: { name: row.speaker.name, title: row.speaker.title, sameAs: row.speaker.sameAs },
    article: {
      title: row.article.title,
      url: row.article.url,
      outlet: row.article.outlet,
      publishedAt: row.article.publishedAt,
    },
  };
}

/**
 * What a public verdict page, the feeds and the sitemap may read about a published claim: public
 * fields only, never notes. Sources added after the published verdict was approved stay hidden
 * until a correction publishes them.
 */
export const PUBLISHED_CLAIM_SELECT = {
  ...REVIEW_SELECT,
  id: true,
  quote: true,
  startOffset: true,
  endOffset: true,
  kind: true,
  quantityMin: true,
  quantityMax: true,
  quantityUnit: true,
  quantityPeriod: true,
  speaker: true,
  article: { select: { slug: true, title: true, outlet: true, url: true, publishedAt: true, text: true } },
  sources: { orderBy: { createdAt: 'asc' }, omit: { addedById: true, replacesId: true } },
  corrections: { orderBy: { createdAt: 'desc' }, select: { id: true, body: true, createdAt: true } },
  publishedVerdict: {
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
} satisfies Prisma.ClaimSelect;

type Row = Prisma.ClaimGetPayload<{ select: typeof PUBLISHED_CLAIM_SELECT }>;

export function shapePublishedClaim(row: Row) {
  const review = reviewedClaimOf(row);
  const {
    publishedVerdict: verdict,
    sources,
    status: _status,
    publishedVerdictId: _verdictId,
    updatedAt: _updatedAt,
    ...rest
  } = row;
  if (!review || !verdict) return null;
  const { author, ...verdictFields } = verdict;
  return {
    ...rest,
    review,
    sources: sources.filter((s) => isShownToReaders(s, verdict.approvedAt)),
    verdict: { ...verdictFields, writer: author.name, reviewers: verdict.votes.map((v) => v.voter.name) },
  };
}

export type PublishedClaim = NonNullable<ReturnType<typeof shapePublishedClaim>>;
