export type Span = { text: string; start: number; end: number };

// A sentence ends at . ! or ? (optionally followed by a closing quote) before whitespace.
// Deliberately simple for the first extractor; the extraction issue replaces it with an NLP library.
const SENTENCE = /[^.!?\n]+(?:[.!?]+["'”’]?|$)/g;

/** Splits text into sentences whose start/end are exact character offsets into the original. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().replace(/^["“]/, '');
    if (trimmed.length < 3) continue;
    const start = m.index + lead + (raw.trimStart().startsWith('"') || raw.trimStart().startsWith('“') ? 1 : 0);
    spans.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return spans;
}
