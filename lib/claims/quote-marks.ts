/** A double-quoted passage: offsets of its opening and closing marks; `close` is null when the paragraph ends first. */
export type QuoteSpan = { open: number; close: number | null };

const OPENING = '“';
const CLOSING = '”';

/**
 * Double-quoted passages in text[start, end). Curly quotes say which way they face; a straight quote
 * opens when none is open and closes otherwise. Single quotes are left alone: in news copy they mark
 * scare quotes ('productive') and apostrophes, not speech.
 */
export function findQuoteSpans(text: string, start: number, end: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c !== '"' && c !== OPENING && c !== CLOSING) continue;
    if (open === null && c !== CLOSING) open = i;
    else if (open !== null && c !== OPENING) {
      spans.push({ open, close: i });
      open = null;
    }
  }
  if (open !== null) spans.push({ open, close: null });
  return spans;
}

export const isQuoteMark = (token: string) => token === '"' || token === OPENING || token === CLOSING;
