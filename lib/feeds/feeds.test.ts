import { describe, expect, it } from 'vitest';
import { checkClaimReview } from '@/lib/claimreview/check-claim-review';
import type { PublishedClaim } from '@/lib/server/data/published-claim-shape';
import { buildAtomFeed } from './build-atom-feed';
import { buildClaimReviewFeed } from './build-claim-review-feed';

const claim = (slug: string, rating: PublishedClaim['verdict']['rating'], corrected?: Date): PublishedClaim => ({
  id: slug,
  slug,
  quote: 'q',
  startOffset: 0,
  endOffset: 1,
  claimReviewed: `Claim <${slug}> & co`,
  kind: 'STATISTIC',
  quantityMin: null,
  quantityMax: null,
  quantityUnit: null,
  quantityPeriod: null,
  publishedAt: new Date('2025-08-20T00:00:00Z'),
  speaker: { id: 's', name: 'Donald Trump', title: null, sameAs: 'https://www.wikidata.org/wiki/Q22686' },
  article: { slug: 'a', title: 'Anchorage', outlet: 'Wire', url: null, publishedAt: new Date('2025-08-16T00:00:00Z'), text: 'q' },
  sources: [],
  corrections: corrected ? [{ id: 'c', body: 'Rating changed', createdAt: corrected }] : [],
  verdict: { rating, conclusion: 'Conclusion', rationale: 'r', approvedAt: new Date('2025-08-19T00:00:00Z'), votes: [], writer: 'Erin Editor', reviewers: [] },
});

describe('public feeds', () => {
  it('Atom: one escaped entry per verdict with its label, dated by its latest correction', () => {
    const xml = buildAtomFeed([claim('one', 'FALSE', new Date('2025-09-01T00:00:00Z')), claim('two', 'MISLEADING')]);
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<![CDATA[False: Claim <one> & co]]>');
    expect(xml).toContain('<updated>2025-09-01T00:00:00.000Z</updated>');
    expect(xml).toContain('/claims/one');
  });

  it('ClaimReview DataFeed: every element is a valid ClaimReview, with dateModified after a correction', () => {
    const feed = buildClaimReviewFeed([claim('one', 'FALSE', new Date('2025-09-01T00:00:00Z')), claim('two', 'MISLEADING')], new Date('2025-09-02T00:00:00Z'));
    expect(feed['@type']).toBe('DataFeed');
    const elements = feed.dataFeedElement as unknown as Record<string, unknown>[];
    expect(elements).toHaveLength(2);
    for (const e of elements) expect(checkClaimReview(e, { pageUrl: e.url as string })).toEqual([]);
    expect(elements[0]).toMatchObject({ dateModified: '2025-09-01', reviewRating: { alternateName: 'False', ratingValue: 1 } });
    expect(elements[1]).not.toHaveProperty('dateModified');
    expect(elements[0]).not.toHaveProperty('@context');
  });
});
