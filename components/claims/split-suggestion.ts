import type { Suggestion } from '@/lib/claims/extract-claims';

// Clause boundaries an editor most often splits compound claims at, best first.
const BOUNDARIES = [/;\s+/g, /,\s+but\s+/g, /\s+but\s+/g, /,\s+and\s+/g, /,\s+/g, /\s+and\s+/g];

/**
 * Splits a compound claim into two claims with their own exact spans, at the clause boundary
 * nearest its middle. Returns null when there is no boundary to split at.
 */
export function splitSuggestion(s: Suggestion): [Suggestion, Suggestion] | null {
  const middle = s.quote.length / 2;
  for (const boundary of BOUNDARIES) {
    const cuts = [...s.quote.matchAll(boundary)].filter((m) => m.index > 0 && m.index + m[0].length < s.quote.length);
    if (cuts.length === 0) continue;
    const cut = cuts.reduce((best, m) => (Math.abs(m.index - middle) < Math.abs(best.index - middle) ? m : best));
    const left = s.quote.slice(0, cut.index);
    const rightStart = cut.index + cut[0].length;
    const right = s.quote.slice(rightStart);
    return [
      { ...s, quote: left, end: s.start + left.length, claimReviewed: left, quantity: null },
      { ...s, quote: right, start: s.start + rightStart, claimReviewed: right, quantity: null },
    ];
  }
  return null;
}
