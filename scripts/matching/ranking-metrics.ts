import { rankMatches, type FeaturedCandidate } from '../../lib/server/search/match-claims';
import type { MatchWeights } from '../../lib/server/search/score-match';
import { verifiedIdOf } from './load-verified-claims';

export type Judged = { relevant: Set<string>; input: FeaturedCandidate[] };
export type Metrics = { queries: number; map1: number; map5: number; recall5: number };

function averagePrecision(ranked: string[], relevant: Set<string>, k: number): number {
  let hits = 0;
  let sum = 0;
  ranked.slice(0, k).forEach((id, i) => {
    if (relevant.has(id)) sum += ++hits / (i + 1);
  });
  return sum / Math.min(relevant.size, k);
}

export function score(rows: Judged[], weights: MatchWeights): Metrics {
  let map1 = 0;
  let map5 = 0;
  let recall5 = 0;
  for (const { relevant, input } of rows) {
    const ranked = rankMatches(input, 5, weights).map((m) => verifiedIdOf(m.id));
    map1 += averagePrecision(ranked, relevant, 1);
    map5 += averagePrecision(ranked, relevant, 5);
    recall5 += ranked.filter((id) => relevant.has(id)).length / relevant.size;
  }
  const n = rows.length || 1;
  return { queries: rows.length, map1: map1 / n, map5: map5 / n, recall5: recall5 / n };
}

/** Coordinate ascent on MAP@5 over a fixed grid of multipliers: deterministic, a few seconds. */
export function tuneWeights(
  rows: Judged[],
  start: MatchWeights = {
    claim: 1,
    title: 1,
    phrase: 2,
    titlePhrase: 0.125,
    figures: 2,
    figureMiss: 1.5,
    trigram: 32,
    titleTrigram: 4,
  },
): MatchWeights {
  let best = { ...start };
  let bestScore = score(rows, best).map5;
  for (let round = 0; round < 3; round++) {
    for (const key of Object.keys(best) as (keyof MatchWeights)[]) {
      if (key === 'claim') continue;
      for (const factor of [0, 0.25, 0.5, 0.75, 1.5, 2, 4]) {
        const tried = { ...best, [key]: factor === 0 ? 0 : (best[key] || 0.5) * factor };
        const s = score(rows, tried).map5;
        if (s > bestScore + 1e-9) {
          best = tried;
          bestScore = s;
        }
      }
    }
  }
  return best;
}
