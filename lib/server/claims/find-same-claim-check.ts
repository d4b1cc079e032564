import 'server-only';
import { isShownToReaders } from '@/lib/workflow/source-visibility';
import type { Tx } from '../db';

/**
 * The published check of an earlier claim the editor marked as the same as this one: its wording,
 * published verdict and the sources readers see beside it. Null without a same-claim link or a
 * published verdict, so nothing is reused from a claim merely related or still in draft.
 */
export async function findSameClaimCheck(client: Tx, claimId: string, earlierId: string) {
  const link = await client.claimLink.findUnique({
    where: { claimId_earlierId: { claimId, earlierId } },
    select: {
      kind: true,
      earlier: {
        select: {
          claimReviewed: true,
          publishedVerdict: { select: { rating: true, conclusion: true, rationale: true, approvedAt: true } },
          sources: { orderBy: { createdAt: 'asc' } },
        },
      },
    },
  });
  const verdict = link?.kind === 'SAME_CLAIM' ? link.earlier.publishedVerdict : null;
  if (!link || !verdict) return null;
  return {
    claimReviewed: link.earlier.claimReviewed,
    verdict,
    sources: link.earlier.sources.filter((s) => isShownToReaders(s, verdict.approvedAt)),
  };
}
