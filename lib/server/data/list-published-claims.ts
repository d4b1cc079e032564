import 'server-only';
import { db } from '../db';

/** Public read: the newest published verdicts. */
export async function listPublishedClaims(limit = 20) {
  const claims = await db.claim.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: { publishedAt: 'desc' },
    take: limit,
    select: {
      slug: true,
      claimReviewed: true,
      publishedAt: true,
      speaker: { select: { name: true } },
      article: { select: { title: true } },
      verdicts: { where: { approvedAt: { not: null } }, orderBy: { createdAt: 'desc' }, take: 1, select: { rating: true, conclusion: true } },
    },
  });
  return claims.flatMap(({ verdicts, ...c }) => (verdicts[0] ? [{ ...c, verdict: verdicts[0] }] : []));
}
