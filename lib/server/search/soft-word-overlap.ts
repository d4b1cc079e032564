import type { WordVectors } from './word-vectors';

/** A word of a text that has a vector: its row, and how much it says (rarer words say more). */
export type WeightedWord = { row: number; weight: number };

/**
 * Rows follow corpus frequency, so a row is a word's frequency rank; by Zipf's law its probability
 * is about 1/rank, and the smooth-inverse-frequency weight a / (a + p) becomes rank / (rank + c).
 * c = 75 was chosen on the training split: "the" and "of" weigh almost nothing, "vaccine" about 1.
 */
const FREQUENT_RANK = 75;

/** The distinct words of a text as the word vectors spell them (lowercase letters and digits). */
export function vectorWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu))];
}

/**
 * `rarity`, when given, also weighs each word by how rare it is among the claims (its idf; a word
 * it lacks, such as a stop word, weighs nothing): "trump" and "photograph" are everyday words in
 * fact-checks though not in English at large.
 */
export function weightedWords(v: WordVectors, text: string, rarity?: Map<string, number>): WeightedWord[] {
  const out: WeightedWord[] = [];
  for (const word of vectorWords(text)) {
    const row = v.rows.get(word);
    const idf = rarity ? (rarity.get(word) ?? 0) : 1;
    if (row !== undefined) out.push({ row, weight: ((row + 1) / (row + 1 + FREQUENT_RANK)) * idf });
  }
  return out;
}

/** The query's words, and for any word of a candidate its cosine to each of them. */
export type QuerySenses = { words: WeightedWord[]; cosines: (row: number) => Float32Array };

/**
 * Candidates share most of their words, so each word's cosines to the query are worked out once
 * per query (about 1,500 distinct words over 100 candidates) rather than once per candidate.
 */
export function querySenses(v: WordVectors, text: string, rarity?: Map<string, number>): QuerySenses {
  const words = weightedWords(v, text, rarity);
  const seen = new Map<number, Float32Array>();
  const { dimensions: d, vectors: m } = v;
  return {
    words,
    cosines(row) {
      let out = seen.get(row);
      if (!out) {
        out = new Float32Array(words.length);
        const y = row * d;
        for (let i = 0; i < words.length; i++) {
          const x = words[i].row * d;
          let dot = 0;
          for (let k = 0; k < d; k++) dot += m[x + k] * m[y + k];
          out[i] = x === y ? 1 : dot;
        }
        seen.set(row, out);
      }
      return out;
    },
  };
}

/**
 * How much of the query a text covers when a near-synonym counts by its cosine ("jab" and
 * "vaccine", "killed" and "murdered"): each query word takes its closest word in the text (in any
 * of its parts, such as a claim and its fact-check's title), weighted by how much it says.
 */
export function softQueryCoverage(q: QuerySenses, ...parts: WeightedWord[][]): number {
  const best = new Float32Array(q.words.length);
  for (const part of parts)
    for (const { row } of part) {
      const cos = q.cosines(row);
      for (let i = 0; i < best.length; i++) if (cos[i] > best[i]) best[i] = cos[i];
    }
  let covered = 0;
  let total = 0;
  q.words.forEach(({ weight }, i) => {
    covered += weight * best[i];
    total += weight;
  });
  return total > 0 ? covered / total : 0;
}

/** The same the other way round: how much of a text the query covers. */
export function softTextCoverage(q: QuerySenses, text: WeightedWord[]): number {
  let covered = 0;
  let total = 0;
  for (const { row, weight } of text) {
    const cos = q.cosines(row);
    let best = 0;
    for (let i = 0; i < cos.length; i++) if (cos[i] > best) best = cos[i];
    covered += weight * best;
    total += weight;
  }
  return total > 0 ? covered / total : 0;
}
