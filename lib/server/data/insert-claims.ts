import 'server-only';
import { claimColumns } from '@/lib/claims/claim-columns';
import { uniqueSlug } from '@/lib/slug';
import type { AcceptedClaim } from '@/lib/validation/article-import';
import type { Tx } from '../db';

/**
 * Inserts accepted claims for an article, skipping any that overlap a claim it already has (or
 * one earlier in the list), so extraction can be re-run without duplicating accepted claims.
 * Returns how many were inserted.
 */
export async function insertClaims(tx: Tx, articleId: string, claims: AcceptedClaim[]): Promise<number> {
  const existing = await tx.claim.findMany({ where: { articleId }, select: { startOffset: true, endOffset: true } });
  const taken = existing.map((c) => [c.startOffset, c.endOffset] as const);
  const fresh: AcceptedClaim[] = [];
  for (const c of [...claims].sort((a, b) => a.start - b.start)) {
    if (taken.some(([s, e]) => c.start < e && s < c.end)) continue;
    taken.push([c.start, c.end]);
    fresh.push(c);
  }

  const speakerIds = new Map<string, string>();
  for (const name of new Set(fresh.map((c) => c.speaker))) {
    const speaker = await tx.speaker.upsert({ where: { name }, update: {}, create: { name } });
    speakerIds.set(name, speaker.id);
  }
  const { count } = await tx.claim.createMany({
    data: fresh.map((c) => ({
      articleId,
      speakerId: speakerIds.get(c.speaker)!,
      ...claimColumns(c),
      slug: uniqueSlug(c.claimReviewed),
    })),
    skipDuplicates: true,
  });
  return count;
}
