import { describe, expect, it } from 'vitest';
import { checkClaimReview } from '@/lib/claimreview/check-claim-review';
import type { Rating } from '@/generated/prisma/enums';
import { publishedReview } from '@/prisma/factories';
import { buildAtomFeed } from './build-atom-feed';
import { buildClaimReviewFeed } from './build-claim-review-feed';

const claim = (slug: string, rating: Rating, corrected?: Date) => ({
  review: publishedReview({
    slug,
    rating,
    claimReviewed: `Claim <${slug}> & co`,
    dateModified: corrected ?? null,
  }),
  verdict: { conclusion: 'Conclusion' },
});

describe('public feeds', () => {
  it('Atom: one escaped entry per verdict with its label, dated by its latest correction', () => {
    const xml = buildAtomFeed([
      claim('one', 'FALSE', new Date('2025-09-01T00:00:00Z')),
      claim('two', 'MISLEADING'),
    ]);
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<title type="text">False: Claim &lt;one&gt; &amp; co</title>');
    expect(xml).toContain('<updated>2025-09-01T00:00:00.000Z</updated>');
    expect(xml).toContain('/claims/one');
  });

  it('Atom: editor text is plain text, never markup a feed reader would render', () => {
    const xml = buildAtomFeed([
      {
        review: publishedReview({
          slug: 'x',
          rating: 'FALSE',
          claimReviewed: '<img src=x onerror=alert(1)>]]><script>alert(2)</script>',
        }),
        verdict: { conclusion: '<b onmouseover=alert(3)>bold</b>' },
      },
    ]);
    expect(xml).not.toContain('CDATA');
    expect(xml).not.toContain('type="html"');
    expect(xml).not.toMatch(/<(img|script|b)\b/);
    expect(xml).toContain(
      '<title type="text">False: &lt;img src=x onerror=alert(1)&gt;]]&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>',
    );
    expect(xml).toContain('<summary type="text">&lt;b onmouseover=alert(3)&gt;bold&lt;/b&gt;</summary>');
  });

  it('ClaimReview DataFeed: every element is a valid ClaimReview, with dateModified after a correction', () => {
    const feed = buildClaimReviewFeed(
      [claim('one', 'FALSE', new Date('2025-09-01T00:00:00Z')), claim('two', 'MISLEADING')],
      new Date('2025-09-02T00:00:00Z'),
    );
    expect(feed['@type']).toBe('DataFeed');
    const elements = feed.dataFeedElement as unknown as Record<string, unknown>[];
    expect(elements).toHaveLength(2);
    for (const e of elements) expect(checkClaimReview(e, { pageUrl: e.url as string })).toEqual([]);
    expect(elements[0]).toMatchObject({
      dateModified: '2025-09-01',
      reviewRating: { alternateName: 'False', ratingValue: 1 },
    });
    expect(elements[1]).not.toHaveProperty('dateModified');
    expect(elements[0]).not.toHaveProperty('@context');
  });
});
