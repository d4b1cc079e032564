import type { Rating } from '@/generated/prisma/enums';

/**
 * What a ClaimReview states about a published claim: the public read model
 * (lib/server/public/read-model.ts) produces it for pages, feeds and the report export alike.
 */
export type ReviewedClaim = {
  slug: string;
  claimReviewed: string;
  /** The published rating, the one readers see (not a newer verdict still in review). */
  rating: Rating;
  /** When readers first saw a verdict on this claim. */
  datePublished: Date;
  /** The newest published correction, when there is one. */
  dateModified: Date | null;
  speaker: { name: string; title: string | null; sameAs: string | null };
  article: { title: string; url: string | null; outlet: string; publishedAt: Date };
};

/** The newest of the dates, whatever order a list was read in. */
export function newestDate(dates: Date[]): Date | null {
  return dates.reduce<Date | null>((newest, d) => (newest && newest >= d ? newest : d), null);
}
