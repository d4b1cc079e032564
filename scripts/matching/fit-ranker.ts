import type { FeaturedCandidate } from '../../lib/server/search/match-claims';
import type { MatchWeights } from '../../lib/server/search/score-match';
import { verifiedIdOf } from './load-verified-claims';
import type { Judged } from './ranking-metrics';

type Query = { x: number[][]; target: number[] };

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is small and well conditioned). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / m[col][col];
      for (let k = col; k <= n; k++) m[r][k] -= f * m[col][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
    x[r] = s / m[r][r];
  }
  return x;
}

const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0);

function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - top));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/**
 * Listwise logistic regression (softmax over each query's candidates, the relevant ones as target)
 * with an L2 penalty, by Newton's method on standardised features: convex, so deterministic and
 * independent of any starting point or seed. Fits a linear score, the same form the app ranks by.
 * The penalty (0.1) was chosen by 5-fold cross-validation within the training split (flat from 0.03
 * to 0.1, worse beyond); it also keeps correlated features from taking large opposite weights.
 */
export function fitWeights(rows: Judged[], keys: (keyof MatchWeights)[], l2 = 0.1): MatchWeights {
  const featureRow = (c: FeaturedCandidate) => keys.map((k) => c.features[k]);
  const all = rows.flatMap((r) => r.input.map(featureRow));
  const sd = keys.map((_, j) => {
    const mean = all.reduce((s, x) => s + x[j], 0) / all.length;
    return Math.sqrt(all.reduce((s, x) => s + (x[j] - mean) ** 2, 0) / all.length) || 1;
  });
  const queries: Query[] = rows.flatMap(({ relevant, input }) => {
    const hits = input.map((c) => (relevant.has(verifiedIdOf(c.id)) ? 1 : 0));
    const n = hits.reduce((s: number, v) => s + v, 0);
    if (n === 0 || n === input.length) return [];
    return [{ x: input.map((c) => featureRow(c).map((v, j) => v / sd[j])), target: hits.map((h) => h / n) }];
  });
  const d = keys.length;
  const loss = (w: number[]) =>
    (l2 / 2) * dot(w, w) +
    queries.reduce((s, { x, target }) => {
      const scores = x.map((row) => dot(row, w));
      const top = Math.max(...scores);
      const lse = top + Math.log(scores.reduce((t, v) => t + Math.exp(v - top), 0));
      return s + (lse - dot(target, scores)) / queries.length;
    }, 0);
  let w = new Array<number>(d).fill(0);
  let current = loss(w);
  for (let iter = 0; iter < 50; iter++) {
    const grad = w.map((v) => l2 * v);
    const hess = w.map((_, i) => w.map((__, j) => (i === j ? l2 : 0)));
    for (const { x, target } of queries) {
      const p = softmax(x.map((row) => dot(row, w)));
      const mean = w.map((_, j) => x.reduce((s, row, i) => s + p[i] * row[j], 0));
      x.forEach((row, i) => {
        for (let a = 0; a < d; a++) {
          grad[a] += ((p[i] - target[i]) * row[a]) / queries.length;
          for (let b = 0; b < d; b++) hess[a][b] += (p[i] * row[a] * row[b]) / queries.length;
        }
      });
      for (let a = 0; a < d; a++)
        for (let b = 0; b < d; b++) hess[a][b] -= (mean[a] * mean[b]) / queries.length;
    }
    const step = solve(hess, grad);
    let rate = 1;
    let next = w.map((v, j) => v - rate * step[j]);
    while (loss(next) > current && rate > 1e-6) {
      rate /= 2;
      next = w.map((v, j) => v - rate * step[j]);
    }
    const improved = current - loss(next);
    w = next;
    current -= improved;
    if (improved < 1e-9) break;
  }
  return Object.fromEntries(keys.map((k, j) => [k, Number((w[j] / sd[j]).toPrecision(4))])) as MatchWeights;
}
