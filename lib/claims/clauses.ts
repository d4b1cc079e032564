import type { Token } from './nlp';
import { isQuoteMark } from './quote-marks';

const COORDINATORS = new Set(['and', 'but', 'yet', 'so']);
const REPORTING_PARTICIPLES = new Set([
  'adding',
  'saying',
  'claiming',
  'noting',
  'arguing',
  'insisting',
  'warning',
]);
const CLAUSE_OPENERS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'NUM', 'ADJ']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'they', 'he', 'she']);
// Shorter halves ("we had some headway", "he understood it") read better attached to their sentence.
const MIN_WORDS = 5;

const isWord = (t: Token) => t.pos !== 'PUNCT' && t.pos !== 'SYM';
const hasVerb = (tokens: Token[]) => tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
const wordCount = (tokens: Token[]) => tokens.filter(isWord).length;

/** ", but what was done was …": a coordinator followed by its own subject and verb starts a new claim. */
function startsClause(tokens: Token[], at: number): boolean {
  const opener = tokens[at];
  if (!opener || !(CLAUSE_OPENERS.has(opener.pos) || opener.lower === 'what' || opener.lower === 'there'))
    return false;
  return tokens.slice(at + 1, at + 9).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** Where the clause after token i would start, or -1 when no clause boundary is at i. */
function boundaryAfter(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t.text === ';') return i + 1;
  // "Unemployment has fallen to 3.1% and we have hired 1,200 officers": a new subject after a bare "and".
  if (
    COORDINATORS.has(t.lower) &&
    tokens[i - 1]?.text !== ',' &&
    SUBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '')
  )
    return startsClause(tokens, i + 1) ? i + 1 : -1;
  if (t.text !== ',') return -1;
  const next = tokens[i + 1]?.lower;
  // "said about 40,000 had fled, and that convoys had reached two towns": the second thing said.
  if (next && COORDINATORS.has(next) && tokens[i + 2]?.lower === 'that' && startsClause(tokens, i + 3))
    return i + 3;
  if (next && COORDINATORS.has(next) && startsClause(tokens, i + 2)) return i + 2;
  if (next && REPORTING_PARTICIPLES.has(next) && tokens[i + 2]?.lower === 'that') return i + 3;
  return -1;
}

/**
 * Splits a compound sentence into the claims it makes, each with its own tokens: "He knew it was a hoax,
 * I knew it was a hoax, but what was done was very criminal" is a hoax claim and a criminality claim.
 * Both halves must be full clauses, so "stop 5,000, 6,000, 7,000 people" stays whole.
 */
export function splitClauses(tokens: Token[]): Token[][] {
  const clauses: Token[][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = boundaryAfter(tokens, i);
    if (next < 0) continue;
    const left = tokens.slice(from, i);
    const right = tokens.slice(next);
    if (wordCount(left) < MIN_WORDS || wordCount(right) < MIN_WORDS || !hasVerb(left) || !hasVerb(right))
      continue;
    clauses.push(left);
    from = next;
  }
  clauses.push(tokens.slice(from));
  return clauses.map(trim).filter((c) => c.length > 0);
}

/** A symbol written onto the figure before it belongs to the figure: "inflation of 4.1%" is not 4.1. */
const isUnitOf = (tokens: Token[], i: number) =>
  tokens[i].pos === 'SYM' && i > 0 && tokens[i - 1].end === tokens[i].start && isWord(tokens[i - 1]);

const DASHES = new Set(['-', '–', '—']);

/**
 * Where a wire story's dateline ends ("LONDON (Reuters) - ", "WASHINGTON, Dec 2 — "): the place in
 * capitals, then what follows up to the dash. 0 when the clause has none.
 */
function datelineEnd(tokens: Token[]): number {
  if (!/^[A-Z][A-Z.'’-]+$/.test(tokens[0]?.text ?? '')) return 0;
  const dash = tokens.findIndex(
    (t, i) => i > 0 && i <= 8 && DASHES.has(t.text) && t.start > tokens[i - 1].end,
  );
  return dash > 0 ? dash + 1 : 0;
}

/** A quote mark that closes one opened inside the clause: 'was "simply untrue"' keeps both marks. */
const closesQuote = (tokens: Token[], from: number, i: number) =>
  isQuoteMark(tokens[i].text) && tokens.slice(from, i).filter((t) => isQuoteMark(t.text)).length % 2 === 1;

/**
 * Drops leading conjunctions and punctuation and trailing punctuation other than ?, !, a figure's unit
 * and a quote mark that closes a quotation inside the clause.
 */
function trim(tokens: Token[]): Token[] {
  const skipPunctuation = (i: number) => {
    while (i < tokens.length && !isWord(tokens[i])) i++;
    return i;
  };
  let from = skipPunctuation(datelineEnd(tokens));
  if (tokens[from]?.pos === 'CCONJ') from = skipPunctuation(from + 1);
  let to = tokens.length;
  const kept = (i: number) =>
    isWord(tokens[i]) ||
    tokens[i].text === '?' ||
    tokens[i].text === '!' ||
    isUnitOf(tokens, i) ||
    closesQuote(tokens, from, i);
  while (to > from && !kept(to - 1)) to--;
  return tokens.slice(from, to);
}

// The review screen splits a quote an editor picked, where no tokens are at hand: the same clause
// boundaries as above (semicolons, coordinators) written as text patterns, best first.
const QUOTE_BOUNDARIES = [/;\s+/g, /,\s+but\s+/g, /\s+but\s+/g, /,\s+and\s+/g, /,\s+/g, /\s+and\s+/g];

/**
 * Where to cut a compound quote in two: the clause boundary nearest its middle, as the end of the
 * left half and the start of the right. Null when there is no boundary inside the quote.
 */
export function splitQuoteAtClause(quote: string): { leftEnd: number; rightStart: number } | null {
  const middle = quote.length / 2;
  for (const boundary of QUOTE_BOUNDARIES) {
    const cuts = [...quote.matchAll(boundary)].filter(
      (m) => m.index > 0 && m.index + m[0].length < quote.length,
    );
    if (cuts.length === 0) continue;
    const cut = cuts.reduce((best, m) =>
      Math.abs(m.index - middle) < Math.abs(best.index - middle) ? m : best,
    );
    return { leftEnd: cut.index, rightStart: cut.index + cut[0].length };
  }
  return null;
}
