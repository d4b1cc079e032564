import { Feed } from 'feed';
import { RATINGS } from '@/lib/ratings';
import type { PublishedClaim } from '@/lib/server/public/published-claim-shape';
import { absoluteUrl, ORGANISATION, verdictPath } from '@/lib/site';

/** Atom feed of the newest verdicts; `feed` writes and escapes the XML. */
export function buildAtomFeed(claims: PublishedClaim[]): string {
  const feed = new Feed({
    id: absoluteUrl('/'),
    title: `${ORGANISATION.name}: latest verdicts`,
    link: absoluteUrl('/'),
    language: 'en',
    updated: claims[0]?.corrections[0]?.createdAt ?? claims[0]?.publishedAt ?? new Date(0),
    feedLinks: { atom: absoluteUrl('/feeds/verdicts.atom') },
    copyright: `© ${ORGANISATION.name}`,
    generator: false,
  });
  for (const claim of claims) {
    const url = absoluteUrl(verdictPath(claim.slug));
    feed.addItem({
      id: url,
      link: url,
      title: `${RATINGS[claim.verdict.rating].label}: ${claim.claimReviewed}`,
      description: claim.verdict.conclusion,
      date: claim.corrections[0]?.createdAt ?? claim.publishedAt ?? new Date(0),
      published: claim.publishedAt ?? undefined,
      author: [{ name: ORGANISATION.name }],
    });
  }
  return feed.atom1();
}
