import 'server-only';
import { matchReason } from '@/lib/search/match-reason';
import type { ActingUser } from '../acting-user';
import { db } from '../db';
import { matchClaims } from './match-claims';

const QUANTITY = { quantityMin: true, quantityMax: true, quantityUnit: true, quantityPeriod: true } as const;

/**
 * The claim page's "Previously checked": the five closest other claims the desk has worked on,
 * published ones first, each with its rating or status, date, a plain reason, and any link an editor
 * already made. A claim with no
 * reason to show (nothing shared but the speaker) is left out unless an editor linked it.
 */
export async function findPreviouslyChecked(_reader: ActingUser, claimId: string) {
  const claim = await db.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { claimReviewed: true, quote: true, speaker: { select: { name: true } }, ...QUANTITY },
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
      speaker: { select: { name: true } },
      publishedVerdict: { select: { rating: true } },
      linksTo: { where: { claimId }, select: { kind: true } },
    },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  const current = { ...claim, text: `${claim.claimReviewed} ${claim.quote}` };
  return matches
    .flatMap((m) => {
      const d = byId.get(m.id);
      if (!d) return [];
      const reason = matchReason(current, { ...d, text: d.claimReviewed }, [
        claim.speaker.name,
        d.speaker.name,
      ]);
      const link = d.linksTo[0]?.kind ?? null;
      // A link an editor made stays listed whatever the words say. A claim nobody has started on (its
      // article's other new claims, most often) has not been checked: it would only crowd the list.
      const worked = d.status !== 'NEW';
      return (reason && worked) || link ? [{ ...d, score: m.score, reason, link }] : [];
    })
    .sort((a, b) => Number(b.publishedVerdict !== null) - Number(a.publishedVerdict !== null))
    .slice(0, 5);
}
