import { RATINGS } from '@/lib/ratings';
import { absoluteUrl, ORGANISATION, verdictPath } from '@/lib/site';
import type { PublishedClaim } from '@/lib/server/public/get-published-claim';
import { buildClaimReview } from './build-claim-review';

/** Maps a published claim onto the ClaimReview builder's neutral input. */
export function claimReviewFor(claim: PublishedClaim) {
  const latestCorrection = claim.corrections[0]?.createdAt;
  return buildClaimReview({
    pageUrl: absoluteUrl(verdictPath(claim.slug)),
    claimReviewed: claim.claimReviewed,
    datePublished: claim.publishedAt ?? claim.verdict.approvedAt ?? new Date(),
    dateModified: latestCorrection,
    rating: RATINGS[claim.verdict.rating],
    speaker: claim.speaker,
    appearance: {
      headline: claim.article.title,
      url: claim.article.url,
      publisher: claim.article.outlet,
      datePublished: claim.article.publishedAt,
    },
    organisation: { name: ORGANISATION.name, url: absoluteUrl(ORGANISATION.url) },
  });
}
