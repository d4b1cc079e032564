import { js2xml } from 'xml-js';
import type { ReviewedClaim } from '@/lib/claimreview/reviewed-claim';
import { RATINGS } from '@/lib/ratings';
import { absoluteUrl, ORGANISATION } from '@/lib/site';
import { atomFeedPath, homePath, verdictPath } from '@/lib/routes';

export type FeedClaim = { review: ReviewedClaim; verdict: { conclusion: string } };

/** An entry is dated by its newest correction, like ClaimReview's dateModified. */
const updatedOf = ({ review }: FeedClaim) => review.dateModified ?? review.datePublished;

// Editor text goes out as type="text" and escaped by xml-js: a type="html" title in CDATA would let
// feed readers render markup an editor typed (<img onerror>). The `feed` package offers only that.
const text = (value: string) => ({ _attributes: { type: 'text' }, _text: value });

/** Atom feed of the newest verdicts. */
export function buildAtomFeed(claims: FeedClaim[]): string {
  const feed = {
    _declaration: { _attributes: { version: '1.0', encoding: 'utf-8' } },
    feed: {
      _attributes: { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en' },
      id: absoluteUrl(homePath()),
      title: text(`${ORGANISATION.name}: latest verdicts`),
      updated: (claims[0] ? updatedOf(claims[0]) : new Date(0)).toISOString(),
      link: [
        { _attributes: { rel: 'alternate', href: absoluteUrl(homePath()) } },
        { _attributes: { rel: 'self', href: absoluteUrl(atomFeedPath()) } },
      ],
      rights: text(`© ${ORGANISATION.name}`),
      entry: claims.map((claim) => {
        const url = absoluteUrl(verdictPath(claim.review.slug));
        return {
          title: text(`${RATINGS[claim.review.rating].label}: ${claim.review.claimReviewed}`),
          id: url,
          link: { _attributes: { href: url } },
          updated: updatedOf(claim).toISOString(),
          published: claim.review.datePublished.toISOString(),
          summary: text(claim.verdict.conclusion),
          author: { name: ORGANISATION.name },
        };
      }),
    },
  };
  return js2xml(feed, { compact: true, spaces: 4 });
}
