import 'server-only';
import { claimColumns } from './claim-columns';
import { uniqueSlug } from '@/lib/slug';
import { freshSpans } from '@/lib/spans';
import type { AcceptedClaim } from '@/lib/validation/article-import';
import type { Tx } from '../db';

/**
 * Inserts accepted claims for an article, skipping any that overlap a claim it already has (or
 * one earlier in the list), so extraction can be re-run without duplicating accepted claims.
 * Returns how many were inserted.
 */
export async function insertClaims(tx: Tx, articleId: string, claims: AcceptedClaim[]): Promise<number> {
  const existing = await tx.claim.findMany({
    where: { articleId },
    select: { startOffset: true, endOffset: true },
  });
  const fresh = freshSpans(
    claims,
    existing.map((c) => ({ start: c.startOffset, end: c.endOffset })),
  );

  // Insert-or-ignore, then read: two imports naming the same new speaker at once must not collide
  // on the unique name (an upsert per name races).
  const names = [...new Set(fresh.map((c) => c.speaker))];
  await tx.speaker.createMany({ data: names.map((name) => ({ name })), skipDuplicates: true });
  const speakers = await tx.speaker.findMany({
    where: { name: { in: names } },
    select: { id: true, name: true },
  });
  const speakerIds = new Map(speakers.map((s) => [s.name, s.id]));
  const { count } = await tx.claim.createMany({
    data: fresh.map((c) => ({
      articleId,
      speakerId: speakerIds.get(c.speaker)!,
      ...claimColumns(c),
      modelVersion: c.modelVersion,
      slug: uniqueSlug(c.claimReviewed),
    })),
    skipDuplicates: true,
  });
  return count;
}
