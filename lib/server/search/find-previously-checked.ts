import 'server-only';
import { matchReason } from '@/lib/search/match-reason';
import type { ActingUser } from '../acting-user';
import { db } from '../db';
import { matchClaims } from './match-claims';

const QUANTITY = { quantityMin: true, quantityMax: true, quantityUnit: true, quantityPeriod: true } as const;

/**
 * The claim page's "Previously checked": the five closest other claims, published ones first,
 * each with its rating, date, a plain reason, and any link an editor already made.
 */
export async function findPreviouslyChecked(_reader: ActingUser, claimId: string) {
  const claim = await db.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { claimReviewed: true, quote: true, ...QUANTITY },
  });
  const matches = await matchClaims(
    db,
    `${claim.claimReviewed} ${claim.quote}`,
    { publicOnly: false, excludeClaimId: claimId },
    10,
  );
  const details = await db.claim.findMany({
    where: { id: { in: matches.map((m) => m.id) } },
    select: {
      id: true,
      slug: true,
      claimReviewed: true,
      status: true,
      updatedAt: true,
      publishedAt: true,
      ...QUANTITY,
      publishedVerdict: { select: { rating: true } },
      linksTo: { where: { claimId }, select: { kind: true } },
    },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  const current = { ...claim, text: `${claim.claimReviewed} ${claim.quote}` };
  return matches
    .flatMap((m) => {
      const d = byId.get(m.id);
      return d
        ? [
            {
              ...d,
              score: m.score,
              reason: matchReason(current, { ...d, text: d.claimReviewed }),
              link: d.linksTo[0]?.kind ?? null,
            },
          ]
        : [];
    })
    .sort((a, b) => Number(b.publishedVerdict !== null) - Number(a.publishedVerdict !== null))
    .slice(0, 5);
}
