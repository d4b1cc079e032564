export type Paragraph = { start: number; end: number };

/** Paragraph spans (split on blank lines) as offsets into the original text, so claim offsets still apply. */
export function paragraphs(text: string): Paragraph[] {
  const spans: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
