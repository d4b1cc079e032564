import type { ClaimKind } from '@/generated/prisma/enums';
import { assessTokens } from '@/lib/claims/checkworthiness';
import { restateClaim } from '@/lib/claims/claim-reviewed';
import { classifyKind } from '@/lib/claims/classify-kind';
import { extractClaims, type Quantity } from '@/lib/claims/extract-claims';
import { analyse } from '@/lib/claims/nlp';
import { quantityFromTokens } from '@/lib/claims/parse-quantity';

export type ClaimProposal = {
  speaker: string | null;
  kind: ClaimKind;
  score: number;
  quantity: Quantity | null;
  claimReviewed: string;
};

const FIGURE_KINDS = new Set<ClaimKind>(['CASUALTY_FIGURE', 'STATISTIC']);

/**
 * What the extractor would say about words an editor selected itself: the speaker of the quote
 * around them (attribution needs the whole article: "…," Trump said comes after the words), and
 * kind, score, figure and wording from the selected words alone. A proposal; the form edits it.
 */
export function proposeClaim(text: string, start: number, end: number): ClaimProposal {
  const around = extractClaims(text).filter((s) => s.start < end && start < s.end);
  const overlap = (s: { start: number; end: number }) => Math.min(end, s.end) - Math.max(start, s.start);
  const speaker = around.sort((a, b) => overlap(b) - overlap(a)).find((s) => s.speaker)?.speaker ?? null;
  const quote = text.slice(start, end);
  const tokens = analyse(quote, start).flatMap((s) => s.tokens);
  const figure = quantityFromTokens(tokens);
  const { kind } = classifyKind(tokens, quote, figure);
  const { score } = assessTokens(tokens, quote, {}, figure);
  const quantity = FIGURE_KINDS.has(kind) ? figure : null;
  const restated = tokens.length ? restateClaim(tokens, speaker, quantity) : '';
  // A restatement the extractor had to cut short would be saved cut: start from the full words instead.
  return {
    speaker,
    kind,
    score,
    quantity,
    claimReviewed: restated && !restated.endsWith('…') ? restated : quote.trim(),
  };
}
