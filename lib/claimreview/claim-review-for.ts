import { RATINGS } from '@/lib/ratings';
import { absoluteUrl, ORGANISATION } from '@/lib/site';
import { verdictPath } from '@/lib/routes';
import { buildClaimReview } from './build-claim-review';
import type { ReviewedClaim } from './reviewed-claim';

export type ClaimReviewSite = {
  publicUrl: (slug: string) => string;
  organisation: { name: string; url: string };
};

/** This site's addresses; the report export passes its own context, which says the same. */
export const SITE: ClaimReviewSite = {
  publicUrl: (slug) => absoluteUrl(verdictPath(slug)),
  organisation: { name: ORGANISATION.name, url: absoluteUrl(ORGANISATION.url) },
};

/** The one mapping from a reviewed claim to ClaimReview: the verdict page, both feeds and the JSON export use it. */
export function claimReviewFor(claim: ReviewedClaim, site: ClaimReviewSite = SITE) {
  return buildClaimReview({
    pageUrl: site.publicUrl(claim.slug),
    claimReviewed: claim.claimReviewed,
    datePublished: claim.datePublished,
    dateModified: claim.dateModified ?? undefined,
    rating: RATINGS[claim.rating],
    speaker: claim.speaker,
    appearance: {
      headline: claim.article.title,
      url: claim.article.url,
      publisher: claim.article.outlet,
      datePublished: claim.article.publishedAt,
    },
    organisation: site.organisation,
  });
}
