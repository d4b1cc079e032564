import 'server-only';
import { db } from '../db';

/** Public read: the newest published verdicts. */
export async function listPublishedClaims(limit = 20) {
  const claims = await db.claim.findMany({
    where: { status: 'PUBLISHED', publishedVerdictId: { not: null } },
    orderBy: { publishedAt: 'desc' },
    take: limit,
    select: {
      slug: true,
      claimReviewed: true,
      publishedAt: true,
      speaker: { select: { name: true } },
      article: { select: { title: true } },
      publishedVerdict: { select: { rating: true, conclusion: true } },
    },
  });
  return claims.flatMap(({ publishedVerdict, ...c }) => (publishedVerdict ? [{ ...c, verdict: publishedVerdict }] : []));
}
