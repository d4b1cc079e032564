import { describe, expect, it } from 'vitest';
import { RATINGS } from '@/lib/ratings';
import { buildClaimReview, type ClaimReviewInput } from './build-claim-review';
import { checkClaimReview, jsonLdBlocks } from './check-claim-review';

const input: ClaimReviewInput = {
  pageUrl: 'https://facts.example/claims/casualties-a1',
  claimReviewed: '5,000 to 7,000 people a week are being killed in the Russia–Ukraine war',
  datePublished: new Date('2025-08-20T10:00:00Z'),
  rating: RATINGS.MOSTLY_FALSE,
  speaker: {
    name: 'Donald Trump',
    title: 'President of the United States',
    sameAs: 'https://www.wikidata.org/wiki/Q22686',
  },
  appearance: {
    headline: 'Anchorage press conference',
    url: 'https://news.example/a',
    publisher: 'News wire',
    datePublished: new Date('2025-08-16T00:00:00Z'),
  },
  organisation: { name: 'Claimdesk Fact Check', url: 'https://facts.example/' },
};

describe('ClaimReview builder', () => {
  it('produces a block that passes every rule, with the numeric rating on the 1–5 axis', () => {
    const review = buildClaimReview(input);
    expect(checkClaimReview(review, { pageUrl: input.pageUrl, shownLabel: 'Mostly false' })).toEqual([]);
    expect(review.reviewRating).toMatchObject({
      ratingValue: 2,
      worstRating: 1,
      bestRating: 5,
      alternateName: 'Mostly false',
    });
    expect(review.itemReviewed).toMatchObject({
      '@type': 'Claim',
      author: { name: 'Donald Trump', sameAs: 'https://www.wikidata.org/wiki/Q22686' },
      datePublished: '2025-08-16',
    });
  });

  it('gives text-only verdicts an alternateName and no number', () => {
    const review = buildClaimReview({ ...input, rating: RATINGS.MISLEADING });
    expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Misleading' });
    expect(checkClaimReview(review, { pageUrl: input.pageUrl, shownLabel: 'Misleading' })).toEqual([]);
  });

  it('adds dateModified only when the verdict was corrected', () => {
    expect(buildClaimReview(input)).not.toHaveProperty('dateModified');
    expect(buildClaimReview({ ...input, dateModified: new Date('2025-09-01T00:00:00Z') }).dateModified).toBe(
      '2025-09-01',
    );
  });
});

describe('ClaimReview rule checks', () => {
  const good = buildClaimReview(input);

  it('catches a label on the page that differs from alternateName', () => {
    expect(checkClaimReview(good, { pageUrl: input.pageUrl, shownLabel: 'False' })[0]).toMatch(
      /differs from alternateName/,
    );
  });

  it('catches a wrong canonical URL, a rating outside its bounds and a speaker without sameAs', () => {
    const bad = {
      ...good,
      url: 'https://elsewhere.example/',
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 7,
        worstRating: 1,
        bestRating: 5,
        alternateName: 'Mostly false',
      },
      itemReviewed: { ...(good.itemReviewed as object), author: { '@type': 'Person', name: 'Donald Trump' } },
    };
    const problems = checkClaimReview(bad, { pageUrl: input.pageUrl });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/canonical/),
        expect.stringMatching(/ratingValue ≤ bestRating/),
        expect.stringMatching(/sameAs/),
      ]),
    );
  });

  it('catches worstRating not below bestRating and a missing claimReviewed', () => {
    const bad = {
      ...good,
      claimReviewed: ' ',
      reviewRating: { ratingValue: 3, worstRating: 5, bestRating: 5, alternateName: 'x' },
    };
    expect(checkClaimReview(bad, { pageUrl: input.pageUrl })).toEqual(
      expect.arrayContaining(['claimReviewed is missing', 'need 1 ≤ worstRating < bestRating']),
    );
  });

  it('reads JSON-LD blocks out of rendered HTML', () => {
    const html = `<html><script type="application/ld+json">${JSON.stringify(good)}</script><script>var x</script></html>`;
    expect(jsonLdBlocks(html)).toHaveLength(1);
  });
});
