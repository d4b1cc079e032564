import type { seeded } from './random';

type Rng = ReturnType<typeof seeded>;

const ONSETS = 'b br d dr f g gr k kr l m n p pr r s st t tr v z'.split(' ');
const VOWELS = 'a e i o u ay ee oo'.split(' ');
const CODAS = ' n r s l k m nd st rk'.split(' ');

/**
 * Words the way a newsroom's backlog has them: a few very common, most rare (Zipf's law), so that a
 * full-text index sees a real vocabulary instead of the few hundred words of the templates. They
 * stand for the names of plants, villages, officials and programmes that fill real claims.
 */
export function longTail(rng: Rng, size = 50_000) {
  const words = new Set<string>();
  while (words.size < size) {
    const syllables = rng.int(2, 3);
    let w = '';
    for (let i = 0; i < syllables; i++) w += rng.pick(ONSETS) + rng.pick(VOWELS) + rng.pick(CODAS);
    words.add(w[0].toUpperCase() + w.slice(1));
  }
  const vocabulary = [...words];
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= vocabulary.length; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo];
  };
}
