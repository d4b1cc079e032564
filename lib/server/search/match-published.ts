import 'server-only';
import { absoluteUrl } from '@/lib/site';
import { verdictPath } from '@/lib/routes';
import { db } from '../db';
import { matchClaims } from './match-claims';

/**
 * Published verdicts matching a text, for readers and outside tools: public fields only (claim,
 * rating, conclusion, date, verdict URL) and a score from the matching ranker.
 */
export async function matchPublished(text: string, limit = 5) {
  const matches = await matchClaims(db, text, { publicOnly: true }, limit);
  const details = await db.claim.findMany({
    where: { id: { in: matches.map((m) => m.id) } },
    select: { id: true, publishedAt: true, publishedVerdict: { select: { rating: true, conclusion: true } } },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  return matches.flatMap((m) => {
    const d = byId.get(m.id);
    if (!d?.publishedVerdict) return [];
    return [
      {
        claimReviewed: m.claimReviewed,
        rating: d.publishedVerdict.rating,
        conclusion: d.publishedVerdict.conclusion,
        publishedAt: d.publishedAt,
        url: absoluteUrl(verdictPath(m.slug)),
        score: Math.round(m.score * 1000) / 1000,
      },
    ];
  });
}
