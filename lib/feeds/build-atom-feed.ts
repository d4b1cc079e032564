import { js2xml } from 'xml-js';
import { RATINGS } from '@/lib/ratings';
import type { PublishedClaim } from '@/lib/server/data/published-claim-shape';
import { absoluteUrl, ORGANISATION, verdictPath } from '@/lib/site';

// Editor text goes out as type="text" and escaped by xml-js: a type="html" title in CDATA would let
// feed readers render markup an editor typed (<img onerror>). The `feed` package offers only that.
const text = (value: string) => ({ _attributes: { type: 'text' }, _text: value });

/** Atom feed of the newest verdicts. */
export function buildAtomFeed(claims: PublishedClaim[]): string {
  const updated = claims[0]?.corrections[0]?.createdAt ?? claims[0]?.publishedAt ?? new Date(0);
  const feed = {
    _declaration: { _attributes: { version: '1.0', encoding: 'utf-8' } },
    feed: {
      _attributes: { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en' },
      id: absoluteUrl('/'),
      title: text(`${ORGANISATION.name}: latest verdicts`),
      updated: updated.toISOString(),
      link: [
        { _attributes: { rel: 'alternate', href: absoluteUrl('/') } },
        { _attributes: { rel: 'self', href: absoluteUrl('/feeds/verdicts.atom') } },
      ],
      rights: text(`© ${ORGANISATION.name}`),
      entry: claims.map((claim) => {
        const url = absoluteUrl(verdictPath(claim.slug));
        return {
          title: text(`${RATINGS[claim.verdict.rating].label}: ${claim.claimReviewed}`),
          id: url,
          link: { _attributes: { href: url } },
          updated: (claim.corrections[0]?.createdAt ?? claim.publishedAt ?? new Date(0)).toISOString(),
          ...(claim.publishedAt ? { published: claim.publishedAt.toISOString() } : {}),
          summary: text(claim.verdict.conclusion),
          author: { name: ORGANISATION.name },
        };
      }),
    },
  };
  return js2xml(feed, { compact: true, spaces: 4 });
}
