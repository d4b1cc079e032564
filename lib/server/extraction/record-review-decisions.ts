import 'server-only';
import type { ReviewDecision } from '@/lib/validation/article-import';
import type { Tx } from '../db';
import type { ActingUser } from '../acting-user';

/**
 * Stores each decision from import review as a labelled example (sentence, decision, who, when), in
 * the caller's transaction so a saved import and its examples exist together. Returns how many.
 */
export async function recordReviewDecisions(
  tx: Tx,
  user: ActingUser,
  decisions: ReviewDecision[],
): Promise<number> {
  const { count } = await tx.extractionExample.createMany({
    data: decisions.map((d) => ({
      sentence: d.sentence,
      decision: d.decision,
      suggestedScore: d.score,
      modelVersion: d.modelVersion,
      decidedById: user.id,
    })),
  });
  return count;
}
