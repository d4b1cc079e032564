import 'server-only';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { db } from '../db';
import { matchClaims } from './match-claims';

/**
 * A ranker score this high means the text shares rare words and phrases with a published claim,
 * not only a topic: chosen from the evaluation run (top-1 matches above it were mostly correct).
 */
export const BADGE_MIN_SCORE = 20;

/**
 * For import: which suggested claims match a published verdict, so the editor can skip or link
 * them. Returns, per text, the best published match above the threshold, or null.
 */
export async function findCheckedBadges(user: ActingUser, texts: string[]) {
  assertAllowed(user, 'article.import');
  const best = await Promise.all(
    texts.map(async (t) => (await matchClaims(db, t, { publicOnly: true }, 1))[0] ?? null),
  );
  const hits = best.filter((m) => m !== null && m.score >= BADGE_MIN_SCORE);
  const details = await db.claim.findMany({
    where: { id: { in: hits.map((m) => m!.id) } },
    select: {
      id: true,
      slug: true,
      claimReviewed: true,
      publishedAt: true,
      publishedVerdict: { select: { rating: true } },
    },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  return best.map((m) => {
    const d = m && m.score >= BADGE_MIN_SCORE ? byId.get(m.id) : undefined;
    return d?.publishedVerdict && d.publishedAt
      ? {
          claimId: d.id,
          slug: d.slug,
          claimReviewed: d.claimReviewed,
          publishedAt: d.publishedAt,
          rating: d.publishedVerdict.rating,
        }
      : null;
  });
}
