import type { Prisma } from '@/generated/prisma/client';

/**
 * What public pages, feeds and the sitemap may read about a published claim: public fields only,
 * never notes. Sources added after the published verdict was approved stay hidden until a
 * correction publishes them.
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
  sources: { orderBy: { createdAt: 'asc' }, omit: { addedById: true } },
  corrections: { orderBy: { createdAt: 'desc' }, select: { id: true, body: true, createdAt: true } },
  publishedVerdict: {
    select: {
      rating: true,
      conclusion: true,
      rationale: true,
      approvedAt: true,
      author: { select: { name: true } },
      votes: { where: { decision: 'APPROVE' }, orderBy: { createdAt: 'asc' }, select: { voter: { select: { name: true } } } },
    },
  },
} satisfies Prisma.ClaimSelect;

export const PUBLISHED_WHERE = { status: 'PUBLISHED', publishedVerdictId: { not: null } } satisfies Prisma.ClaimWhereInput;

type Row = Prisma.ClaimGetPayload<{ select: typeof PUBLISHED_CLAIM_SELECT }>;

export function shapePublishedClaim({ publishedVerdict, sources, ...rest }: Row) {
  if (!publishedVerdict) return null;
  const { author, ...verdict } = publishedVerdict;
  const approvedAt = verdict.approvedAt ?? new Date(0);
  return {
    ...rest,
    sources: sources.filter((s) => s.createdAt <= approvedAt),
    verdict: { ...verdict, writer: author.name, reviewers: verdict.votes.map((v) => v.voter.name) },
  };
}

export type PublishedClaim = NonNullable<ReturnType<typeof shapePublishedClaim>>;
