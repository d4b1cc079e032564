import 'server-only';
import type { Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/app-error';

/**
 * Turns the offsets an editor selected into the claim's exact span: surrounding spaces dropped,
 * the quote read from the article (never from the form), and no overlap with another open claim,
 * whose highlight would otherwise hide this one.
 */
export async function anchorSpan(
  tx: Tx,
  article: { id: string; text: string },
  selected: { start: number; end: number },
  ownId?: string,
) {
  let { start, end } = selected;
  if (end > article.text.length)
    throw new AppError('INVALID', 'The selection is outside the article; select the words again.', 'span');
  while (start < end && /\s/.test(article.text[start])) start++;
  while (end > start && /\s/.test(article.text[end - 1])) end--;
  if (start === end) throw new AppError('INVALID', 'Select the claim’s words in the article.', 'span');
  const overlap = await tx.claim.findFirst({
    where: {
      articleId: article.id,
      id: ownId ? { not: ownId } : undefined,
      startOffset: { lt: end },
      endOffset: { gt: start },
      OR: [{ mergedIntoId: null }, { startOffset: start, endOffset: end }],
    },
    select: { claimReviewed: true },
  });
  if (overlap)
    throw new AppError(
      'INVALID',
      `These words overlap the claim “${overlap.claimReviewed}”: select other words, or edit that claim.`,
      'span',
    );
  return { startOffset: start, endOffset: end, quote: article.text.slice(start, end) };
}
