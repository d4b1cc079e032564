import { describe, expect, it } from 'vitest';
import type { MatchCandidate } from './match-candidates-sql';
import { rankMatches } from './match-claims';
import { postedMonth } from './post-signature';
import { matchFeatures, matchQuery } from './score-match';
import { wordVectors } from './word-vectors';

const candidate = (id: string, claimReviewed: string): MatchCandidate => ({
  id,
  slug: id,
  claimReviewed,
  publishedAt: null,
  conclusion: null,
  claimVector: "'amazon':1 'fire':2",
  verdictVector: null,
  claimBm25: 5,
  titleBm25: 0,
  trigram: 0.5,
  titleTrigram: 0,
  queryCoverage: 0.5,
  claimCoverage: 0.5,
  titleCoverage: 0,
});

describe('ranking earlier claims for a pasted post', () => {
  it('puts the claim dated to the month the post was written before one dated years earlier', async () => {
    const post = 'The Amazon is on fire and nobody covers it — Someone (@someone) August 25, 2019';
    const text = 'The Amazon is on fire and nobody covers it';
    const query = matchQuery(
      {
        vector: "'amazon':2 'fire':5",
        text,
        posterWords: new Set(),
        posted: postedMonth(post),
        rarity: new Map(),
      },
      { claim: 5, title: 0 },
      await wordVectors(),
    );
    const older = candidate('older', 'The Amazon was on fire in March 2014.');
    const current = candidate('current', 'The Amazon was on fire in August 2019.');
    const ranked = rankMatches(
      [older, current].map((c) => ({ ...c, features: matchFeatures(query, c) })),
      2,
    );
    expect(ranked.map((m) => m.id)).toEqual(['current', 'older']);
  });
});
