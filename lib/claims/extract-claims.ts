import type { ClaimKind } from '@/generated/prisma/enums';
import { parseQuantity, type Quantity } from './parse-quantity';
import { splitSentences } from './split-sentences';

export type { Quantity } from './parse-quantity';

export type Suggestion = {
  /** Exact text: articleText.slice(start, end) === quote. */
  quote: string;
  start: number;
  end: number;
  /** Attributed speaker name, e.g. "Donald Trump"; null if unknown. */
  speaker: string | null;
  kind: ClaimKind;
  /** Check-worthiness in [0, 1]; compare with CHECKWORTHY_THRESHOLD. */
  score: number;
  /** Which cues fired, so an editor can see why a sentence was suggested. */
  cues: string[];
  quantity: Quantity | null;
  /** Short neutral restatement (target ≤ 75 chars), never a verdict. */
  claimReviewed: string;
};

export type ExtractOptions = {
  defaultSpeaker?: string;
  onProgress?: (done: number, total: number) => void;
};

export const CHECKWORTHY_THRESHOLD = 0.5;

const KIND_CUES: [ClaimKind, RegExp][] = [
  ['HOAX_ASSERTION', /\b(hoax|rigged|fake news|witch hunt)\b/i],
  ['CASUALTY_FIGURE', /\d[\d,]*.*\b(killed|dead|deaths|died|casualties|wounded)\b/i],
  ['STATISTIC', /\d|\b(percent|million|billion|thousand|half|third)\b/i],
  ['AGREEMENT', /\b(agreed|agreement|deal|consensus)\b/i],
  ['CHARACTERISATION', /\b(always|never|best|worst|hottest|greatest|biggest|criminal|fantastic)\b/i],
  ['PREDICTION', /\b(will|going to)\b/i],
];

// Sentences about what the speaker is about to do, greetings and thanks are not checkable.
const NOT_CHECKABLE = /^(I will|I'll|Let's|Thank|I would like to thank|Good (morning|afternoon|evening))\b/i;

/** First, simple extractor: cue-based kind and score per sentence, offsets exact. */
export function extractClaims(text: string, options: ExtractOptions = {}): Suggestion[] {
  const sentences = splitSentences(text);
  const suggestions = sentences.map(({ text: quote, start, end }) => {
    const cues: string[] = [];
    let kind: ClaimKind = 'OTHER';
    for (const [candidate, cue] of KIND_CUES) {
      const hit = quote.match(cue);
      if (!hit) continue;
      cues.push(`${candidate}: “${hit[0]}”`);
      if (kind === 'OTHER') kind = candidate;
    }
    let score = 0.2 + 0.25 * Math.min(cues.length, 2) + (kind === 'CASUALTY_FIGURE' || kind === 'HOAX_ASSERTION' ? 0.2 : 0);
    if (NOT_CHECKABLE.test(quote)) {
      score = 0.1;
      cues.push('speaker’s own plans, greeting or thanks');
    }
    const quantity = kind === 'CASUALTY_FIGURE' || kind === 'STATISTIC' ? parseQuantity(quote) : null;
    const claimReviewed = quote.length <= 75 ? quote : `${quote.slice(0, 74).trimEnd()}…`;
    return { quote, start, end, speaker: options.defaultSpeaker ?? null, kind, score: Math.min(1, Number(score.toFixed(2))), cues, quantity, claimReviewed };
  });
  options.onProgress?.(sentences.length, sentences.length);
  return suggestions;
}
