import type { Sentence } from './nlp';

export type Paragraph = { start: number; end: number };

/** Lines of text with their surrounding whitespace trimmed; each line break ends a paragraph. */
export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) paragraphs.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return paragraphs;
}

/** Consecutive paragraphs of about `size` characters, so a long import is analysed and reported in steps. */
export function* batches(paragraphs: Paragraph[], size: number): Generator<Paragraph[]> {
  let from = 0;
  while (from < paragraphs.length) {
    let to = from + 1;
    while (to < paragraphs.length && paragraphs[to].end - paragraphs[from].start < size) to++;
    yield paragraphs.slice(from, to);
    from = to;
  }
}

/** Each paragraph's sentences, cut at line breaks so no sentence runs from one paragraph into the next. */
export function sentencesByParagraph(paragraphs: Paragraph[], sentences: Sentence[]): Sentence[][] {
  const grouped: Sentence[][] = paragraphs.map(() => []);
  let p = 0;
  for (const sentence of sentences) {
    while (p < paragraphs.length && paragraphs[p].end <= sentence.start) p++;
    for (let q = p; q < paragraphs.length && paragraphs[q].start < sentence.end; q++) {
      const tokens = sentence.tokens.filter(
        (t) => t.start >= paragraphs[q].start && t.end <= paragraphs[q].end,
      );
      if (tokens.length > 0) grouped[q].push({ start: tokens[0].start, end: tokens.at(-1)!.end, tokens });
    }
  }
  return grouped;
}
