import 'server-only';
import { db } from '../db';

/** Public read: only published claims, only public fields (never notes). Null means 404. */
export async function getPublishedClaim(slug: string) {
  const claim = await db.claim.findFirst({
    where: { slug, status: 'PUBLISHED' },
    select: {
      id: true,
      slug: true,
      quote: true,
      startOffset: true,
      endOffset: true,
      claimReviewed: true,
      kind: true,
      publishedAt: true,
      updatedAt: true,
      speaker: true,
      article: { select: { slug: true, title: true, outlet: true, url: true, publishedAt: true, text: true } },
      sources: { orderBy: { createdAt: 'asc' }, omit: { addedById: true } },
      corrections: { orderBy: { createdAt: 'desc' }, select: { id: true, body: true, createdAt: true } },
      verdicts: {
        where: { approvedAt: { not: null } },
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: { rating: true, conclusion: true, rationale: true, approvedAt: true, approvedBy: { select: { name: true } } },
      },
    },
  });
  if (!claim || claim.verdicts.length === 0) return null;
  const { verdicts, ...rest } = claim;
  return { ...rest, verdict: verdicts[0] };
}

export type PublishedClaim = NonNullable<Awaited<ReturnType<typeof getPublishedClaim>>>;
