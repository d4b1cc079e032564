import { splitQuoteAtClause } from '@/lib/claims/clauses';
import type { Suggestion } from '@/lib/claims/extract-claims';

/**
 * Splits a compound claim into two claims with their own exact spans, at the clause boundary
 * lib/claims/clauses.ts finds. Returns null when there is no boundary to split at.
 */
export function splitSuggestion(s: Suggestion): [Suggestion, Suggestion] | null {
  const cut = splitQuoteAtClause(s.quote);
  if (!cut) return null;
  const left = s.quote.slice(0, cut.leftEnd);
  const right = s.quote.slice(cut.rightStart);
  return [
    { ...s, quote: left, end: s.start + left.length, claimReviewed: left, quantity: null },
    { ...s, quote: right, start: s.start + cut.rightStart, claimReviewed: right, quantity: null },
  ];
}
