import { describe, expect, it } from 'vitest';
import type { Suggestion } from '@/lib/claims/extract-claims';
import { splitSuggestion } from './split-suggestion';

const text = 'Intro. He knew it was a hoax, I knew it was a hoax, but what was done was very criminal. End.';
const quote = 'He knew it was a hoax, I knew it was a hoax, but what was done was very criminal.';
const start = text.indexOf(quote);
const suggestion: Suggestion = {
  quote,
  start,
  end: start + quote.length,
  speaker: 'Donald Trump',
  kind: 'HOAX_ASSERTION',
  score: 0.8,
  modelVersion: 'test',
  cues: [],
  quantity: null,
  claimReviewed: 'x',
};

describe('splitting a compound claim', () => {
  it('cuts at the clause boundary and keeps exact offsets for both halves', () => {
    const [a, b] = splitSuggestion(suggestion)!;
    expect(a.quote).toBe('He knew it was a hoax, I knew it was a hoax');
    expect(b.quote).toBe('what was done was very criminal.');
    for (const half of [a, b]) expect(text.slice(half.start, half.end)).toBe(half.quote);
  });

  it('refuses to split a claim with no boundary', () => {
    expect(splitSuggestion({ ...suggestion, quote: 'Hoax.', end: suggestion.start + 5 })).toBeNull();
  });
});
