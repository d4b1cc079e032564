import shippedTable from './model/word-meaning.json' with { type: 'json' };
import { fromBase64, toBase64 } from './base64';
import type { Token } from './nlp';

/**
 * What each common English word says about check-worthiness, learned through its meaning: training
 * adds the clause's mean GloVe vector (100 numbers) to the model, and because a linear model over a
 * mean is the mean of per-word dot products, each word's share folds into one number. So a word the
 * training debates never used ("ceasefire") still scores like the words it means something close to,
 * and the extractor ships 30,000 numbers instead of 300 MB of vectors.
 */
export type WordMeaningTable = {
  /** The words, space-separated, most frequent first. */
  words: string;
  /** Each word's number is an int8 step of `scale`, base64-encoded in the order of `words`. */
  scale: number;
  values: string;
};

const LETTER = /\p{L}/u;

/** A clause's meaning is averaged over its words with a letter, lowercased as GloVe's vocabulary is. */
export const isMeaningWord = (lower: string) => LETTER.test(lower);
export const meaningWords = (tokens: Token[]) =>
  tokens.flatMap((t) => (isMeaningWord(t.lower) ? [t.lower] : []));

export function decodeWordMeaning(table: WordMeaningTable): Map<string, number> {
  const values = new Int8Array(fromBase64(table.values).buffer);
  const meaning = new Map<string, number>();
  table.words.split(' ').forEach((word, i) => {
    if (values[i] !== 0) meaning.set(word, values[i] * table.scale);
  });
  return meaning;
}

/** Rounds each word's number to one of 255 steps: a word moves a clause's score by its number over the clause's word count, so finer steps change no score. */
export function encodeWordMeaning(meaning: [string, number][]): WordMeaningTable {
  const largest = Math.max(1e-9, ...meaning.map(([, value]) => Math.abs(value)));
  const scale = largest / 127;
  const values = Int8Array.from(meaning, ([, value]) => Math.round(value / scale));
  return {
    words: meaning.map(([word]) => word).join(' '),
    scale,
    values: toBase64(new Uint8Array(values.buffer)),
  };
}

let shipped: Map<string, number> | undefined;

/** The shipped table, decoded on first use (30,000 words, a few milliseconds). */
export function wordMeaning(): Map<string, number> {
  shipped ??= decodeWordMeaning(shippedTable as WordMeaningTable);
  return shipped;
}
