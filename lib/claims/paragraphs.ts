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

/** The parts of each sentence that fall inside the paragraph, so no sentence runs across a line break. */
export function sentencesIn(paragraph: Paragraph, sentences: Sentence[]): Sentence[] {
  const own: Sentence[] = [];
  for (const sentence of sentences) {
    if (sentence.end <= paragraph.start || sentence.start >= paragraph.end) continue;
    const tokens = sentence.tokens.filter((t) => t.start >= paragraph.start && t.end <= paragraph.end);
    if (tokens.length > 0) own.push({ start: tokens[0].start, end: tokens.at(-1)!.end, tokens });
  }
  return own;
}
