import 'server-only';
import type { ActingUser } from '../acting-user';
import { db } from '../db';
import { findSameClaimCheck } from './find-same-claim-check';

/**
 * The starting point for a new verdict on a claim an editor marked as the same as an earlier one:
 * the earlier published verdict's rating, conclusion and rationale, and the sources readers see
 * beside it, which the editor may add with one explicit click. Only offered through an explicit
 * "Start a verdict from this one"; nothing is saved until the editor saves a form. Null without a
 * same-claim link or a published earlier verdict.
 */
export async function getReusableVerdict(_reader: ActingUser, claimId: string, earlierId: string) {
  const check = await findSameClaimCheck(db, claimId, earlierId);
  if (!check) return null;
  return {
    earlierId,
    from: check.claimReviewed,
    rating: check.verdict.rating,
    conclusion: check.verdict.conclusion,
    rationale: check.verdict.rationale,
    sources: check.sources.map(({ title, url, publisher }) => ({ title, url, publisher })),
  };
}
