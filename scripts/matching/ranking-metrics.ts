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
