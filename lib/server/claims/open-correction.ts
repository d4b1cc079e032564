import 'server-only';
import type { Tx } from '@/lib/server/db';
import type { ActingUser } from '@/lib/server/acting-user';
import { newestVerdict } from './newest-verdict';

/**
 * A change readers would see (the claim's wording, a cited source) waits for a correction: this
 * saves a new verdict that repeats the newest one with the correction note, so it goes to review
 * and, once published, carries the change to the public page. A correction already under way
 * keeps its note and gains this one; its votes were for the old content, so review starts again.
 */
export async function openCorrection(
  tx: Tx,
  user: ActingUser,
  claim: { id: string; publishedVerdictId: string | null },
  note: string,
) {
  const newest = await newestVerdict(tx, claim.id);
  if (!newest) return;
  const underWay =
    newest.id !== claim.publishedVerdictId && !newest.rejectedAt ? newest.correctionNote : null;
  const correctionNote = underWay ? `${underWay} ${note}` : note;
  await tx.verdict.create({
    data: {
      claimId: claim.id,
      rating: newest.rating,
      conclusion: newest.conclusion,
      rationale: newest.rationale,
      correctionNote,
      authorId: user.id,
    },
  });
}
