import type { DataFeed, WithContext } from 'schema-dts';
import { claimReviewFor } from '@/lib/claimreview/claim-review-for';
import type { ReviewedClaim } from '@/lib/claimreview/reviewed-claim';

/** Every published ClaimReview as one schema.org DataFeed, for aggregators that read them in bulk. */
export function buildClaimReviewFeed(
  claims: { review: ReviewedClaim }[],
  modified: Date,
): WithContext<DataFeed> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    dateModified: modified.toISOString(),
    dataFeedElement: claims.map((claim) => {
      const { '@context': _context, ...review } = claimReviewFor(claim.review);
      return review;
    }),
  };
}
