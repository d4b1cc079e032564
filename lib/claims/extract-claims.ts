import type { ClaimKind } from '@/generated/prisma/enums';
import type { Segment } from './attribution';
import { Attributor } from './attribution';
import { assessTokens, shippedModel, type Model } from './checkworthiness';
import { restateClaim } from './claim-reviewed';
import { splitClauses } from './clauses';
import { classifyKind } from './classify-kind';
import { analyse, type Token } from './nlp';
import { batches, findParagraphs, sentencesByParagraph, type Paragraph } from './paragraphs';
import { quantityFromTokens, type Quantity } from './parse-quantity';
import { transcriptTurns } from './transcript-turns';

export type { Quantity } from './parse-quantity';
export { CHECKWORTHY_THRESHOLD, scoreSentence } from './checkworthiness';

export type Suggestion = {
  /** Exact text: articleText.slice(start, end) === quote. */
  quote: string;
  start: number;
  end: number;
  /** Attributed speaker name, e.g. "Donald Trump"; null if unknown. */
  speaker: string | null;
  kind: ClaimKind;
  /** Check-worthiness in [0, 1]; compare with CHECKWORTHY_THRESHOLD. */
  score: number;
  /** Version of the check-worthiness model that gave the score. */
  modelVersion: string;
  /** Human-readable evidence: which cues and features fired. */
  cues: string[];
  quantity: Quantity | null;
  /** Neutral third-person sentence naming the speaker once (target ≤ 75 chars, never cut with an ellipsis), never a verdict. */
  claimReviewed: string;
};

export type ExtractOptions = {
  /** Who speaks where nobody is named, e.g. the speaker of a pasted transcript. */
  defaultSpeaker?: string;
  /** The check-worthiness model to score with: the newsroom's active model, or the shipped one. */
  model?: Model;
  /** Called after each batch of paragraphs with paragraphs done and paragraphs in total. */
  onProgress?: (done: number, total: number) => void;
};

// Large enough that a typical article is one wink document, small enough that a long import reports progress.
const BATCH_CHARS = 16_000;
const MIN_CLAIM_WORDS = 3;

const isWord = (t: Token) => t.pos !== 'PUNCT' && t.pos !== 'SYM';
const FIGURE_KINDS = new Set<ClaimKind>(['CASUALTY_FIGURE', 'STATISTIC']);

function voiceCue({ voice, speaker }: Segment): string {
  const who = speaker ?? 'unknown speaker';
  if (voice === 'quote') return `quoted words of ${who}`;
  if (voice === 'paraphrase') return `reporter's account of what ${who} said`;
  return speaker ? `unattributed text, given to ${speaker}` : "reporter's own narrative";
}

const HEADLINE_WORDS = 15;

/**
 * A short first line with no closing punctuation, above the rest of the article, is its headline: the
 * newsroom's own words, which the body's claims repeat with their speakers.
 */
function isHeadline(text: string, paragraphs: Paragraph[]): boolean {
  if (paragraphs.length < 2) return false;
  const line = text.slice(paragraphs[0].start, paragraphs[0].end);
  return !/[.!?:;"'”’)]$/.test(line) && line.split(/\s+/).length <= HEADLINE_WORDS;
}

/** Words the text writes in lower case somewhere, for telling a name from a word that opens a sentence. */
const lowercaseWords = (text: string) => new Set(text.match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu) ?? []);

type Context = { text: string; attributor: Attributor; model: Model; lowercase: ReadonlySet<string> };

function suggestionsFrom(segment: Segment, { text, attributor, model, lowercase }: Context): Suggestion[] {
  const suggestions: Suggestion[] = [];
  let figureBefore = false;
  for (const clause of splitClauses(segment.tokens)) {
    const figure = quantityFromTokens(clause);
    const context = { paraphrase: segment.voice === 'paraphrase', figureBefore };
    figureBefore ||= figure !== null;
    if (
      clause.filter(isWord).length < MIN_CLAIM_WORDS ||
      !clause.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
    )
      continue;
    const start = clause[0].start;
    const end = clause.at(-1)!.end;
    const quote = text.slice(start, end);
    const { kind, cue } = classifyKind(clause, quote, figure);
    const { score, cues } = assessTokens(clause, quote, context, figure, model);
    const quantity = FIGURE_KINDS.has(kind) ? figure : null;
    suggestions.push({
      quote,
      start,
      end,
      speaker: segment.speaker,
      kind,
      score,
      modelVersion: model.version,
      cues: [`kind: ${cue}`, voiceCue(segment), ...cues],
      quantity,
      claimReviewed: restateClaim(clause, segment.speaker, quantity, {
        group: attributor.groupOf(segment.speaker),
        gender: attributor.genderOf(segment.speaker),
        referent: attributor.otherPerson(segment),
        actor: segment.actor,
        reportedAs: segment.reportedAs,
        lowercase,
      }),
    });
  }
  return suggestions;
}

/**
 * Suggests the claims in an article: every clause that makes an assertion, with its exact span,
 * speaker, kind, check-worthiness score (suggested when ≥ CHECKWORTHY_THRESHOLD) and the evidence.
 * Pure and synchronous, so it runs the same on the server, in a script and in a browser worker.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Suggestion[] {
  const paragraphs = findParagraphs(text);
  const attributor = new Attributor(options.defaultSpeaker ?? null);
  const model = options.model ?? shippedModel();
  const turns = transcriptTurns(text, paragraphs);
  const context: Context = { text, attributor, model, lowercase: lowercaseWords(text) };
  const headline = isHeadline(text, paragraphs);
  const suggestions: Suggestion[] = [];
  let done = 0;
  for (const batch of batches(paragraphs, BATCH_CHARS)) {
    const from = batch[0].start;
    const sentences = sentencesByParagraph(batch, analyse(text.slice(from, batch.at(-1)!.end), from));
    batch.forEach((paragraph, i) => {
      const turn = turns[done + i];
      // What a reporter asks is nobody's claim; the answer is.
      if (turn?.kind === 'question') return;
      if (done + i === 0 && !turn && headline) return;
      const start = turn?.textStart ?? paragraph.start;
      let spoken = sentences[i];
      // A labelled paragraph: the label names the turn's speaker and is not part of what was said.
      if (start > paragraph.start) {
        const label = spoken.flatMap((s) => s.tokens).filter((t) => t.end < start && isWord(t));
        attributor.turn(label);
        spoken = spoken
          .map((s) => ({ ...s, tokens: s.tokens.filter((t) => t.start >= start) }))
          .filter((s) => s.tokens.length > 0);
      }
      for (const segment of attributor.paragraph(text, start, paragraph.end, spoken))
        suggestions.push(...suggestionsFrom(segment, context));
    });
    done += batch.length;
    options.onProgress?.(done, paragraphs.length);
  }
  for (const segment of attributor.finish()) suggestions.push(...suggestionsFrom(segment, context));
  // Quotes that waited for their speaker are released after later paragraphs; restore reading order.
  return suggestions.sort((a, b) => a.start - b.start);
}
