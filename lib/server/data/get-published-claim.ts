import 'server-only';
import { db } from '../db';

/**
 * Public read: only published claims, only public fields (never notes). Sources added after the
 * published verdict was approved stay hidden until a correction publishes them. Null means 404.
 */
export async function getPublishedClaim(slug: string) {
  const claim = await db.claim.findFirst({
    where: { slug, status: 'PUBLISHED', publishedVerdictId: { not: null } },
    select: {
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
          votes: { where: { decision: 'APPROVE' }, orderBy: { createdAt: 'asc' }, select: { voter: { select: { name: true } } } },
        },
      },
    },
  });
  if (!claim?.publishedVerdict) return null;
  const { publishedVerdict: verdict, sources, ...rest } = claim;
  const approvedAt = verdict.approvedAt ?? new Date(0);
  return {
    ...rest,
    sources: sources.filter((s) => s.createdAt <= approvedAt),
    verdict: { ...verdict, reviewers: verdict.votes.map((v) => v.voter.name) },
  };
}

export type PublishedClaim = NonNullable<Awaited<ReturnType<typeof getPublishedClaim>>>;
