import type { ClaimReview, WithContext } from 'schema-dts';
import { BEST_RATING, WORST_RATING, type RatingInfo } from '@/lib/ratings';
import { isoDay } from '@/lib/dates';

export type ClaimReviewInput = {
  pageUrl: string;
  claimReviewed: string;
  datePublished: Date;
  dateModified?: Date;
  rating: RatingInfo;
  speaker: { name: string; title?: string | null; sameAs?: string | null };
  appearance: { headline: string; url?: string | null; publisher: string; datePublished: Date };
  organisation: { name: string; url: string };
};

/** Builds the one ClaimReview JSON-LD object for a verdict page, following the rules in DESIGN.md. */
export function buildClaimReview(input: ClaimReviewInput): WithContext<ClaimReview> {
  const { rating, speaker, appearance } = input;
  // Text-only verdicts (Misleading, Unsupported…) carry only alternateName: a number would misstate them.
  const reviewRating =
    rating.value === null
      ? { '@type': 'Rating' as const, alternateName: rating.label }
      : {
          '@type': 'Rating' as const,
          ratingValue: rating.value,
          worstRating: WORST_RATING,
          bestRating: BEST_RATING,
          alternateName: rating.label,
        };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.pageUrl,
    claimReviewed: input.claimReviewed,
    datePublished: isoDay(input.datePublished),
    ...(input.dateModified ? { dateModified: isoDay(input.dateModified) } : {}),
    author: { '@type': 'Organization', name: input.organisation.name, url: input.organisation.url },
    reviewRating,
    itemReviewed: {
      '@type': 'Claim',
      author: {
        '@type': 'Person',
        name: speaker.name,
        ...(speaker.title ? { jobTitle: speaker.title } : {}),
        ...(speaker.sameAs ? { sameAs: speaker.sameAs } : {}),
      },
      datePublished: isoDay(appearance.datePublished),
      appearance: {
        '@type': 'NewsArticle',
        headline: appearance.headline,
        ...(appearance.url ? { url: appearance.url } : {}),
        datePublished: isoDay(appearance.datePublished),
        publisher: { '@type': 'Organization', name: appearance.publisher },
      },
    },
  };
}
