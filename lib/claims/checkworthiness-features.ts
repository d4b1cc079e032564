import { CUES, type ClauseContext, type Words } from './checkworthiness-cues';
import type { Token } from './nlp';
import type { Quantity } from './parse-quantity';

/**
 * The model's view of a clause: the engine's named cues (indices 0 … CUES.length-1) followed by hashed
 * word unigrams, word bigrams, the words' character 3–5-grams and part-of-speech trigrams. Hashing keeps
 * the weights a fixed, small array that loads in the browser; character n-grams let unseen word forms
 * share weight with seen ones ("hospitals"/"hospital"), and part-of-speech patterns ("NUM NOUN ADP")
 * carry to topics the training debates never covered.
 */
export type FeatureSource =
  | { kind: 'cue'; label: string; evidence: string }
  | { kind: 'word' | 'phrase' | 'grammar'; label: string; from: number; to: number };
export type Features = {
  indices: number[];
  /** Which entry of `table` each index came from, so a score can be explained by what an editor sees. */
  sources: number[];
  table: FeatureSource[];
  /** Indices before this are named cues with value 1; the rest are n-grams with value `ngramValue`. */
  cueCount: number;
  ngramValue: number;
  /** The clause's tokens that n-gram sources point into. */
  tokens: Token[];
};

const NAMESPACE = { word: 0x811c9dc5, phrase: 0x01000193, chars: 0x2545f491, grammar: 0x5bd1e995 };
const MIN_GRAM = 3;
const MAX_GRAM = 5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 code units, continued from `h` so that joined keys need no concatenation. */
function mix(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Digits carry their shape, not their value: "50 percent" and "12 percent" are the same evidence. */
const normalise = (word: string) => word.replace(/\d/g, '0');

/** The character n-grams of "<word>", hashed without allocating substrings (a 1 MB import has a million words). */
function pushCharGrams(word: string, mask: number, offset: number, out: number[]): number {
  const padded = `<${word}>`;
  let added = 0;
  for (let i = 0; i + MIN_GRAM <= padded.length; i++) {
    let h = NAMESPACE.chars;
    for (let j = i; j < Math.min(i + MAX_GRAM, padded.length); j++) {
      h = Math.imul(h ^ padded.charCodeAt(j), FNV_PRIME);
      if (j - i + 1 >= MIN_GRAM) {
        out.push(offset + ((h >>> 0) & mask));
        added++;
      }
    }
  }
  return added;
}

const LETTER = /\p{L}/u;

/** Features of one clause, each with the source an editor would recognise, for explaining the score. */
export function featuresOf(
  tokens: Token[],
  text: string,
  quantity: Quantity | null,
  context: ClauseContext,
  bits: number,
): Features {
  const words: Words = { tokens, lower: tokens.map((t) => t.lower), text, quantity };
  const indices: number[] = [];
  const sources: number[] = [];
  const table: FeatureSource[] = [];
  const add = (source: FeatureSource, count: number) => {
    table.push(source);
    for (let k = 0; k < count; k++) sources.push(table.length - 1);
  };
  CUES.forEach((cue, i) => {
    const evidence = cue.fires(words, context);
    if (evidence === false) return;
    indices.push(i);
    add({ kind: 'cue', label: cue.label, evidence }, 1);
  });
  const cueCount = indices.length;
  const mask = (1 << bits) - 1;
  const offset = CUES.length;
  const kept = tokens.filter((t) => t.text.trim() !== '');
  // A word said twice is one reason, not two, when the score is explained.
  const wordSource = new Map<string, number>();
  const lower = kept.map((t) => normalise(t.lower));
  for (let i = 0; i < kept.length; i++) {
    const word = lower[i];
    indices.push(offset + ((mix(NAMESPACE.word, word) >>> 0) & mask));
    const grams = LETTER.test(word) ? pushCharGrams(word, mask, offset, indices) : 0;
    const seen = wordSource.get(kept[i].lower);
    if (seen === undefined) {
      wordSource.set(kept[i].lower, table.length);
      add({ kind: 'word', label: 'the word', from: i, to: i + 1 }, 1 + grams);
    } else for (let k = 0; k <= grams; k++) sources.push(seen);
    indices.push(offset + ((mix(mix(NAMESPACE.phrase, lower[i - 1] ?? '<s>'), ` ${word}`) >>> 0) & mask));
    add({ kind: 'phrase', label: 'the phrase', from: Math.max(0, i - 1), to: i + 1 }, 1);
    const pattern = mix(
      mix(mix(NAMESPACE.grammar, kept[i - 2]?.pos ?? '<s>'), ` ${kept[i - 1]?.pos ?? '<s>'}`),
      ` ${kept[i].pos}`,
    );
    indices.push(offset + ((pattern >>> 0) & mask));
    add({ kind: 'grammar', label: 'sentence pattern', from: Math.max(0, i - 2), to: i + 1 }, 1);
  }
  // N-gram features are scaled to unit length, so a long sentence does not outvote the named cues by sheer word count.
  const ngrams = indices.length - cueCount;
  return {
    indices,
    sources,
    table,
    cueCount,
    ngramValue: ngrams > 0 ? 1 / Math.sqrt(ngrams) : 0,
    tokens: kept,
  };
}

/** Each feature's value, for training (scoring multiplies inline). */
export const featureValues = (f: Features) => f.indices.map((_, k) => (k < f.cueCount ? 1 : f.ngramValue));

/** What an editor reads for a feature source: the cue's evidence, or the words it came from. */
export function evidenceOf(f: Features, source: FeatureSource): string {
  if (source.kind === 'cue') return source.evidence;
  return f.tokens
    .slice(source.from, source.to)
    .map((t) => t.text)
    .join(' ');
}
