import winkNLP, { type ItemSentence, type PartOfSpeech, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Token = { text: string; lower: string; pos: PartOfSpeech; start: number; end: number };
/** A sentence as wink segments it, with offsets into the text that was analysed. */
export type Sentence = { start: number; end: number; tokens: Token[] };

let nlp: WinkMethods | undefined;

// The model takes a few milliseconds to load, so it is built on first use rather than on import.
function engine(): WinkMethods {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

// Letters of Central European and Romanian names that wink's lexer takes for separate symbols: it reads
// "Ilić" as "Ili" and "ć", so the speaker came out as "Marta Ili". Only these are joined back: the
// training sentences hold mojibake ("Ã", "ƒ", "šÂ") whose tokens the shipped weights were learned on.
const SPLIT_LETTER = /[\u0100-\u017F\u0218-\u021B\u0300-\u036F]/u;
// "Â" and "Ã" next to such a letter mark UTF-8 read as Latin-1 ("â€šÂ"), not a name.
const OTHER_THAN_LATIN = /[^\x00-\xC1\xC4-\xFF\u0100-\u017F\u0218-\u021B\u0300-\u036F]/u;
const WORD = /^[\p{L}\p{M}]+$/u;

/** Joins a word wink cut at such a letter back into one token, tagged as its first part was. */
function joinSplitLetters(tokens: Token[]): Token[] {
  const joined: Token[] = [];
  for (const token of tokens) {
    const previous = joined.at(-1);
    const text = previous ? previous.text + token.text : '';
    const cut =
      previous?.end === token.start &&
      WORD.test(previous.text) &&
      WORD.test(token.text) &&
      SPLIT_LETTER.test(text) &&
      !OTHER_THAN_LATIN.test(text);
    if (!cut) {
      joined.push(token);
      continue;
    }
    const pos = previous.pos === 'X' ? (/^\p{Lu}/u.test(text) ? 'PROPN' : token.pos) : previous.pos;
    joined[joined.length - 1] = {
      text,
      lower: text.toLowerCase(),
      pos,
      start: previous.start,
      end: token.end,
    };
  }
  return joined;
}

/**
 * Sentences and tokens of `text` with exact character offsets (shifted by `offset`), so a span
 * can always be cut back out of the original with `slice(start, end)`.
 */
export function analyse(text: string, offset = 0): Sentence[] {
  const { readDoc, its } = engine();
  const doc = readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as PartOfSpeech[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    cursor += spaces[i].length;
    // wink keeps the text verbatim; the search only guards against a future model normalising a token.
    const at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      pos: tags[i],
      start: start + offset,
      end: start + value.length + offset,
    });
    cursor = start + value.length;
  }
  const sentences: Sentence[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    const own = joinSplitLetters(
      tokens.slice(first, last + 1).filter((t) => t.pos !== 'SPACE' && t.text.trim() !== ''),
    );
    if (own.length > 0) sentences.push({ start: own[0].start, end: own[own.length - 1].end, tokens: own });
  });
  return sentences;
}
