import { rankMatches, type FeaturedCandidate } from '../../lib/server/search/match-claims';
import type { MatchWeights } from '../../lib/server/search/score-match';
import { verifiedIdOf } from './load-verified-claims';

export type Judged = { relevant: Set<string>; input: FeaturedCandidate[] };
export type Metrics = { queries: number; map1: number; map5: number; recall5: number };

const K = 5;

/** Every way to choose `r` of `n` slots (0-based, ascending). */
function choices(n: number, r: number): number[][] {
  if (r === 0) return [[]];
  if (n < r) return [];
  return [...choices(n - 1, r - 1).map((c) => [...c, n - 1]), ...choices(n - 1, r)];
}

/** Average precision at k of a ranking whose relevant items sit at `positions` (1-based, ascending). */
function averagePrecision(positions: number[], relevant: number, k: number): number {
  let hits = 0;
  let sum = 0;
  for (const p of positions) if (p <= k) sum += ++hits / p;
  return sum / Math.min(relevant, k);
}

/**
 * The metrics of one query expected over every order of the candidates that score the same. The
 * data holds twin claims (one claim with other quote marks) that tie, and which twin a sort puts
 * first is arbitrary: one order's figure moved with the database's plan by 0.005 to 0.01 of MAP@5.
 * `groups` are the tied groups best first, each with how many of its members are relevant.
 */
function expectedMetrics(groups: { size: number; relevant: number }[], relevant: number) {
  // Each placement of a group's relevant members among its slots is equally likely.
  let placements: number[][] = [[]];
  let start = 1;
  for (const g of groups) {
    if (start > K) break;
    if (g.relevant > 0) {
      const slots = choices(g.size, g.relevant).map((c) => c.map((i) => start + i));
      placements = placements.flatMap((p) => slots.map((s) => [...p, ...s]));
    }
    start += g.size;
  }
  const mean = (f: (positions: number[]) => number) =>
    placements.reduce((sum, p) => sum + f(p), 0) / placements.length;
  return {
    map1: mean((p) => averagePrecision(p, relevant, 1)),
    map5: mean((p) => averagePrecision(p, relevant, K)),
    recall5: mean((p) => p.filter((x) => x <= K).length / relevant),
  };
}

export function score(rows: Judged[], weights: MatchWeights): Metrics {
  const total = { map1: 0, map5: 0, recall5: 0 };
  for (const { relevant, input } of rows) {
    const groups: { score: number; size: number; relevant: number }[] = [];
    for (const m of rankMatches(input, input.length, weights)) {
      const last = groups.at(-1);
      const group =
        last && Math.abs(last.score - m.score) < 1e-9 ? last : { score: m.score, size: 0, relevant: 0 };
      if (group !== last) groups.push(group);
      group.size++;
      if (relevant.has(verifiedIdOf(m.id))) group.relevant++;
    }
    const metrics = expectedMetrics(groups, relevant.size);
    total.map1 += metrics.map1;
    total.map5 += metrics.map5;
    total.recall5 += metrics.recall5;
  }
  const n = rows.length || 1;
  return { queries: rows.length, map1: total.map1 / n, map5: total.map5 / n, recall5: total.recall5 / n };
}
