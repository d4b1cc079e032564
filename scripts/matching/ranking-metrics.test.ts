import { describe, expect, it } from 'vitest';
import type { FeaturedCandidate } from '../../lib/server/search/match-claims';
import { MATCH_WEIGHTS, type MatchFeatures } from '../../lib/server/search/score-match';
import { score } from './ranking-metrics';

/** A candidate for verified claim `id` whose only feature is its trigram similarity. */
function candidate(id: string, trigram: number): FeaturedCandidate {
  const features = Object.fromEntries(
    Object.keys(MATCH_WEIGHTS).map((k) => [k, 0]),
  ) as unknown as MatchFeatures;
  features.trigram = trigram;
  features.sharedFigures = [];
  return { id: `vc_${id}`, features } as FeaturedCandidate;
}

describe('matching metrics', () => {
  it('count a relevant claim tied with its twin as first in half the orders, whatever the sort gives', () => {
    for (const input of [
      [candidate('7', 0.9), candidate('8', 0.9), candidate('1', 0.2)],
      [candidate('8', 0.9), candidate('7', 0.9), candidate('1', 0.2)],
    ]) {
      const m = score([{ relevant: new Set(['7']), input }], MATCH_WEIGHTS);
      expect(m.map1).toBeCloseTo(0.5);
      expect(m.map5).toBeCloseTo((1 + 1 / 2) / 2);
      expect(m.recall5).toBe(1);
    }
  });

  it('score a ranking without ties as it stands, and a claim ranked sixth as not found', () => {
    const input = ['1', '2', '3', '4', '5', '6'].map((id, i) => candidate(id, 1 - i / 10));
    expect(score([{ relevant: new Set(['2']), input }], MATCH_WEIGHTS)).toMatchObject({ map1: 0, map5: 0.5 });
    expect(score([{ relevant: new Set(['6']), input }], MATCH_WEIGHTS)).toMatchObject({
      map5: 0,
      recall5: 0,
    });
  });

  it('spread a tie across the fifth place: the relevant claim is inside the first five in half the orders', () => {
    const input = ['1', '2', '3', '4'].map((id, i) => candidate(id, 1 - i / 10));
    input.push(candidate('5', 0.1), candidate('6', 0.1));
    const m = score([{ relevant: new Set(['6']), input }], MATCH_WEIGHTS);
    expect(m.recall5).toBeCloseTo(0.5);
    expect(m.map5).toBeCloseTo(0.5 * (1 / 5));
  });
});
