import type { Prisma } from '@/generated/prisma/client';
import { isShownToReaders } from '@/lib/workflow/source-visibility';

/**
 * What public pages, feeds and the sitemap may read about a published claim: public fields only,
 * never notes. Sources added, edited or removed after the published verdict was approved keep
 * their old public state until a correction publishes them.
 */
export const PUBLISHED_CLAIM_SELECT = {
  id: true,
  slug: true,
  quote: true,
  startOffset: true,
  endOffset: true,
  claimReviewed: true,
  kind: true,
  quantityMin: true,
  quantityMax: true,
  quantityUnit: true,
  quantityPeriod: true,
  publishedAt: true,
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
      votes: { where: { decision: 'APPROVE' }, orderBy: { createdAt: 'asc' }, select: { voter: { select: { name: true } } } },
    },
  },
} satisfies Prisma.ClaimSelect;

export const PUBLISHED_WHERE = { status: 'PUBLISHED', publishedVerdictId: { not: null } } satisfies Prisma.ClaimWhereInput;

type Row = Prisma.ClaimGetPayload<{ select: typeof PUBLISHED_CLAIM_SELECT }>;

export function shapePublishedClaim({ publishedVerdict: verdict, sources, ...rest }: Row) {
  if (!verdict) return null;
  return {
    ...rest,
    sources: sources.filter((s) => isShownToReaders(s, verdict.approvedAt)),
    verdict: { ...verdict, reviewers: verdict.votes.map((v) => v.voter.name) },
  };
}

export type PublishedClaim = NonNullable<ReturnType<typeof shapePublishedClaim>>;
