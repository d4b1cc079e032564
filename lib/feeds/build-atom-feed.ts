import { Feed } from 'feed';
import type { ReviewedClaim } from '@/lib/claimreview/reviewed-claim';
import { RATINGS } from '@/lib/ratings';
import { absoluteUrl, ORGANISATION } from '@/lib/site';
import { atomFeedPath, homePath, verdictPath } from '@/lib/routes';

export type FeedClaim = { review: ReviewedClaim; verdict: { conclusion: string } };

/** An entry is dated by its newest correction, like ClaimReview's dateModified. */
const updatedOf = ({ review }: FeedClaim) => review.dateModified ?? review.datePublished;

/** Atom feed of the newest verdicts; `feed` writes and escapes the XML. */
export function buildAtomFeed(claims: FeedClaim[]): string {
  const feed = new Feed({
    id: absoluteUrl(homePath()),
    title: `${ORGANISATION.name}: latest verdicts`,
    link: absoluteUrl(homePath()),
    language: 'en',
    updated: claims[0] ? updatedOf(claims[0]) : new Date(0),
    feedLinks: { atom: absoluteUrl(atomFeedPath()) },
    copyright: `© ${ORGANISATION.name}`,
    generator: false,
  });
  for (const claim of claims) {
    const url = absoluteUrl(verdictPath(claim.review.slug));
    feed.addItem({
      id: url,
      link: url,
      title: `${RATINGS[claim.review.rating].label}: ${claim.review.claimReviewed}`,
      description: claim.verdict.conclusion,
      date: updatedOf(claim),
      published: claim.review.datePublished,
      author: [{ name: ORGANISATION.name }],
    });
  }
  return feed.atom1();
}
