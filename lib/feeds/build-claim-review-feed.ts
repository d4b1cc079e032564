import type { DataFeed, WithContext } from 'schema-dts';
import { claimReviewFor } from '@/lib/claimreview/claim-review-for';
import type { PublishedClaim } from '@/lib/server/public/published-claim-shape';

/** Every published ClaimReview as one schema.org DataFeed, for aggregators that read them in bulk. */
export function buildClaimReviewFeed(claims: PublishedClaim[], modified: Date): WithContext<DataFeed> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    dateModified: modified.toISOString(),
    dataFeedElement: claims.map((claim) => {
      const { '@context': _context, ...review } = claimReviewFor(claim);
      return review;
    }),
  };
}
