import type { Paragraph } from './paragraphs';

/** Who speaks a paragraph of a transcript: a named speaker, or whoever asks the questions. */
export type Turn = { kind: 'speaker' | 'question'; textStart: number };

// "PRIME MINISTER: …", "Donald Trump: …", "Q: …": a short label of capitalised words and a colon.
const LABEL = /^((?:[A-Z][\p{L}.'’-]*)(?: [A-Z][\p{L}.'’-]*){0,3}):\s+/u;
const QUESTION_LABELS = new Set([
  'q',
  'question',
  'questioner',
  'reporter',
  'journalist',
  'interviewer',
  'moderator',
  'host',
  'audience',
  'audience member',
]);
// Headline and editorial labels, not speakers: "Update: …", "Editor's note: …".
const NOT_SPEAKERS = new Set([
  'note',
  "editor's note",
  'update',
  'correction',
  'transcript',
  'source',
  'sources',
  'photo',
  'video',
  'watch',
  'listen',
  'read more',
  'related',
  'live',
  'breaking',
  'exclusive',
  'analysis',
  'opinion',
  'warning',
  'background',
]);
/** A transcript labels at least this many paragraphs; one "Ukraine: what we know" is a headline. */
const MIN_LABELLED = 2;

function labelOf(text: string, paragraph: Paragraph): { label: string; textStart: number } | null {
  const m = LABEL.exec(text.slice(paragraph.start, paragraph.end));
  if (!m || NOT_SPEAKERS.has(m[1].toLowerCase())) return null;
  return { label: m[1], textStart: paragraph.start + m[0].length };
}

/**
 * The speaker label of each paragraph of a pasted transcript, carried to the unlabelled paragraphs
 * of the same turn; all null when the text is not a transcript (fewer than two labelled paragraphs).
 */
export function transcriptTurns(text: string, paragraphs: Paragraph[]): (Turn | null)[] {
  const labels = paragraphs.map((p) => labelOf(text, p));
  if (labels.filter(Boolean).length < MIN_LABELLED) return paragraphs.map(() => null);
  let current: Turn | null = null;
  return paragraphs.map((p, i) => {
    const found = labels[i];
    if (found) {
      const question = QUESTION_LABELS.has(found.label.toLowerCase());
      current = { kind: question ? 'question' : 'speaker', textStart: found.textStart };
      return current;
    }
    return current && { ...current, textStart: p.start };
  });
}
