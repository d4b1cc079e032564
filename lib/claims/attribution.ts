import type { Sentence, Token } from './nlp';
import { findQuoteSpans, isQuoteMark, type QuoteSpan } from './quote-marks';
import {
  canSpeak,
  followsKindOfBody,
  isOrganisationWord,
  isPossessiveMark,
  isRole,
  nameRunAt,
  nameRunEndingAt,
  roleEnd,
  SpeakerRegistry,
  type Gender,
} from './speaker-names';

/** Whose words a stretch of text is: quoted speech, the reporter's account of it, or the reporter's own narrative. */
export type Voice = 'quote' | 'paraphrase' | 'narrative';
export type Segment = {
  tokens: Token[];
  speaker: string | null;
  voice: Voice;
  /** For a quote: all of it in this paragraph, every sentence, for whom it names before a pronoun. */
  quoted?: Token[];
  /** For a quote: who the article had mentioned by the end of its sentence, most recent first. */
  mentioned?: string[];
  /** For a reported act ("He praised the officials"): where the pronoun that is the speaker stands. */
  actor?: number;
  /** For a paraphrase whose verb turns what follows around ("denied that …"): that verb, for the restatement. */
  reportedAs?: ReportedAs;
};
/** A reporting verb the restatement keeps, since "said" would change the claim ("denied that", "promised to"). */
export type ReportedAs = 'denied' | 'promised';
/** Whom "he" or "she" at character offset `at` means, or null when the text does not say. */
export type Referent = (gender: Gender, at: number) => string | null;

// Verbs whose object is what was said ("Trump said (that) …"), and verbs that describe a speech act without quoting it.
const CLAUSE_VERBS = new Set(
  'say says said saying tell tells told add adds added adding claim claims claimed claiming note notes noted noting state states stated argue argues argued insist insists insisted assert asserts asserted explain explains explained warn warns warned declare declares declared remark remarked stress stressed emphasise emphasised emphasize emphasized suggest suggested predict predicted promise promised admit admitted acknowledge acknowledged concede conceded deny denied allege alleged boast boasted recall recalled write wrote tweet tweeted post posted announce announced reply replied answer answered respond responded pledge pledged vow vowed continue continued'.split(
    ' ',
  ),
);
const ACT_VERBS = new Set(
  'praise praised highlight highlighted express expressed criticise criticised criticize criticized accuse accused thank thanked welcome welcomed urge urged call called'.split(
    ' ',
  ),
);
const CLAUSE_BREAKS = new Set([',', ':', ';', '—', '–']);
const QUESTION_VERBS = new Set(['asked', 'questioned', 'pressed', 'quizzed', 'challenged']);
const QUESTION_OBJECTS = new Set(['whether', 'if', 'about', 'why', 'how', 'what', 'when', 'who', 'on']);

/**
 * "Asked about figures showing …", "A reporter asked whether …": what was asked is not anyone's claim
 * (the answer is), however checkable its words sound.
 */
function isQuestionReport(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  const lead = words[0]?.lower === 'when' ? 1 : 0;
  if (QUESTION_VERBS.has(words[lead]?.lower ?? '')) return true;
  return words.some(
    (t, i) => i > 0 && QUESTION_VERBS.has(t.lower) && QUESTION_OBJECTS.has(words[i + 1]?.lower ?? ''),
  );
}
const MIN_SPEECH_WORDS = 4;

/**
 * 'said she had "protected passengers from the worst of inflation"': words quoted inside the
 * reporter's own sentence, opening on a lower-case word right after another word. The sentence is the
 * claim, quote marks and all; the quoted words alone are no sentence.
 */
function isWovenIn(text: string, span: QuoteSpan): boolean {
  let before = span.open - 1;
  while (before >= 0 && /\s/.test(text[before])) before--;
  let first = span.open + 1;
  while (first < text.length && /\s/.test(text[first])) first++;
  return /\p{L}/u.test(text[before] ?? '') && /\p{Ll}/u.test(text[first] ?? '');
}

const TELL = new Set(['tell', 'tells', 'told']);
const DENY = new Set(['deny', 'denies', 'denied', 'denying']);
const PROMISE = new Set(['promise', 'promises', 'promised', 'pledge', 'pledged', 'vow', 'vowed']);
// Words that can stand between a speech verb and its "that": who was told and when or where it was said.
const CIRCUMSTANCE_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV']);
const TIME_WORDS = new Set(
  'yesterday today tonight earlier later last monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
const MAX_CIRCUMSTANCE = 6;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it', 'i', 'there']);

/**
 * Where what was said begins after the speech verb: past "that", and past who was told and when or
 * where ("told reporters on Tuesday that X", "said in a statement that X"), so the claim is X and
 * never "said reporters on Tuesday that X". A "said" needs a preposition or a time word before the
 * "that" ("said the figures that the ministry published were wrong" keeps its object), and the word
 * after "that" must not be a verb ("said the report that was leaked …" is a relative clause).
 */
function complementStart(tokens: Token[], verb: number, from: number): number {
  const restated = restatedAt(tokens, from);
  if (restated !== null) return restated;
  const circumstance = (t: Token) => CIRCUMSTANCE_POS.has(t.pos) && t.lower !== 'that';
  let i = from;
  while (i < tokens.length && i - from < MAX_CIRCUMSTANCE && circumstance(tokens[i])) i++;
  const tell = TELL.has(tokens[verb].lower);
  // "told the Gazette he expected …": after whom, a clause with its own subject and no "that".
  if (tell && i > from && SUBJECT_PRONOUNS.has(tokens[i]?.lower ?? '')) return i;
  // "promised on Wednesday to build 10,000 homes": the promise is what follows "to".
  if (PROMISE.has(tokens[verb].lower) && tokens[i]?.lower === 'to' && tokens[i + 1]?.pos === 'VERB') return i;
  const after = tokens[i + 1];
  if (tokens[i]?.lower !== 'that' || !after || after.pos === 'VERB' || after.pos === 'AUX') return from;
  if (i === from) return i + 1;
  const opener = tokens[from];
  return tell || opener.pos === 'ADP' || TIME_WORDS.has(opener.lower) ? i + 1 : from;
}

/**
 * The reporting verb a restatement must keep: "Haddad denied that fans were priced out" is no
 * statement that they were (but "denied this, saying (that) …" states what was said instead), and
 * "promised to build" is a promise. Undefined where "said" reports the claim faithfully.
 */
function reportedAs(tokens: Token[], verb: number, after: number, from: number): ReportedAs | undefined {
  const word = tokens[verb].lower;
  if (DENY.has(word)) return restatedAt(tokens, after) === null ? 'denied' : undefined;
  return PROMISE.has(word) && tokens[from]?.lower === 'to' ? 'promised' : undefined;
}

/** "TRUMP" as "Trump", so a shouted transcript label matches the name the text gives elsewhere. */
function unshouted(token: Token): Token {
  if (!/^[A-Z][A-Z.'’-]+$/.test(token.text)) return token;
  return { ...token, text: token.text.charAt(0) + token.text.slice(1).toLowerCase() };
}

const RELATIVE_PRONOUNS = new Set(['who', 'which']);
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', ...RELATIVE_PRONOUNS]);

/**
 * "Dr Amira Khan, a consultant at St Thomas' Hospital, said", "Ruth Cadbury, who chairs the transport
 * committee, said": the comma that opens a description set off just before the verb, so the subject is
 * looked for before it and not among the places and jobs it names.
 */
function appositionBefore(tokens: Token[], verb: number): number | null {
  // "Ortiz, a Democrat, also said": the adverb stands between the description and its verb.
  while (verb > 1 && tokens[verb - 1].pos === 'ADV') verb--;
  if (tokens[verb - 1]?.text !== ',') return null;
  let k = verb - 2;
  while (k > 0 && tokens[k].text !== ',') k--;
  if (k <= 0) return null;
  if (APPOSITION_OPENERS.has(tokens[k + 1]?.lower ?? '')) return k;
  // "Paul Whiteman, general secretary of the NAHT union, said": a job with no article before it.
  let job = k + 1;
  while (job < verb && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[job].pos) && !isRole(tokens[job].lower))
    job++;
  return job < verb && isRole(tokens[job].lower) && nameRunAt(tokens, k + 1).length === 0 ? k : null;
}

/** "denied this, saying (that) X": the participle after the comma introduces what was said. */
function restatedAt(tokens: Token[], from: number): number | null {
  const k = tokens.findIndex(
    (t, j) => j > from && tokens[j - 1].text === ',' && t.lower.endsWith('ing') && CLAUSE_VERBS.has(t.lower),
  );
  if (k < 0) return null;
  return tokens[k + 1]?.lower === 'that' ? k + 2 : k + 1;
}

type Attribution = { speaker: string | null; verb: number; subject: [number, number]; clauseVerb: boolean };
type Piece = { tokens: Token[]; span: number | null };

const isSpeechVerb = (t: Token) =>
  (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NOUN') &&
  (CLAUSE_VERBS.has(t.lower) || ACT_VERBS.has(t.lower));
const isPronoun = (t: Token) => t.lower === 'he' || t.lower === 'she';
// "Louise Haigh, who announced the cap last month, said …": what she announced is set aside; she said the rest.
const inRelativeClause = (tokens: Token[], verb: number) =>
  tokens[verb - 2]?.text === ',' && RELATIVE_PRONOUNS.has(tokens[verb - 1]?.lower ?? '');
// "the police and crime commissioner" is one job; "the mayor and the commissioner" are two people.
const joinsJob = (tokens: Token[], k: number) =>
  tokens[k].lower === 'and' && tokens[k + 1].pos === 'NOUN' && tokens[k - 1]?.pos === 'NOUN';
const wordsIn = (tokens: Token[]) => tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM').length;

/**
 * Follows who is speaking through an article, paragraph by paragraph: quoted passages take the speaker
 * named next to them ("…," Trump said), a paragraph that opens with a quote mark while a quote is still
 * open continues it, and "he"/"she" mean the last named speaker.
 */
export class Attributor {
  private readonly registry = new SpeakerRegistry();
  /** Speaker of a quote left open at the end of the previous paragraph; undefined when none is open. */
  private openQuote: { speaker: string | null; waiting: Segment[] } | undefined;

  /** In a transcript, who the current turn's label names; undefined outside transcripts. */
  private turnSpeaker: string | null | undefined;

  constructor(private readonly defaultSpeaker: string | null) {}

  /** A transcript's speaker label ("PRIME MINISTER:") opens a turn: what follows is that speaker's own words. */
  turn(label: Token[]): void {
    this.turnSpeaker = this.registry.resolve(label.map(unshouted));
  }

  /** Segments of one paragraph, in text order; segments of an unattributed open quote wait for its speaker. */
  paragraph(text: string, start: number, end: number, sentences: Sentence[]): Segment[] {
    const spans = findQuoteSpans(text, start, end).filter(
      (s) =>
        s.close === null ||
        (wordsIn(this.tokensInside(sentences, s)) >= MIN_SPEECH_WORDS && !isWovenIn(text, s)),
    );
    const continues = this.openQuote !== undefined && spans[0]?.open === start;
    const released = continues ? [] : this.closeOpenQuote();
    const pieces = sentences.map((s) => this.piecesOf(s.tokens, spans));
    const mentioned: string[][] = [];
    const attributions = pieces.map((sentence) => {
      const found = sentence.map((p) => (p.span === null ? this.attribute(p.tokens) : null));
      mentioned.push(this.registry.mentioned());
      return found;
    });
    const speakers = spans.map((span, k) => this.speakerOf(k, span, pieces, attributions, continues));

    const segments: Segment[] = [];
    const waiting: Segment[] = [];
    pieces.forEach((sentence, i) =>
      sentence.forEach((piece, j) => {
        if (piece.span === null) {
          segments.push(...this.narrative(piece.tokens, attributions[i][j]));
          return;
        }
        const speaker = speakers[piece.span];
        const quoted = pieces.flat().flatMap((p) => (p.span === piece.span ? p.tokens : []));
        const segment: Segment = {
          tokens: piece.tokens,
          speaker: speaker ?? null,
          voice: 'quote',
          quoted,
          mentioned: mentioned[i],
        };
        (speaker === undefined ? waiting : segments).push(segment);
      }),
    );

    // Only a quote still open at the paragraph's end can lack a speaker; it waits for the next paragraph.
    if (continues && speakers[0] !== undefined) released.push(...this.resolveOpenQuote(speakers[0]));
    const lastSpeaker = speakers.at(-1);
    this.openQuote =
      spans.at(-1)?.close === null
        ? {
            speaker: lastSpeaker ?? null,
            waiting: lastSpeaker === undefined ? [...(this.openQuote?.waiting ?? []), ...waiting] : [],
          }
        : undefined;
    return [...released, ...segments];
  }

  /** What "we" means for this speaker, when the article says (see SpeakerRegistry.groupOf). */
  groupOf(speaker: string | null): string | null {
    return this.registry.groupOf(speaker);
  }

  /** Whether the article has told us the speaker is "she" or "he". */
  genderOf(speaker: string | null): 'f' | 'm' | null {
    return speaker ? this.registry.genderOf(speaker) : null;
  }

  /**
   * Whom "he" and "she" mean in a speaker's own words: somebody else, since speakers say "I" of
   * themselves; the latest person who fits among those mentioned by the end of the quote's sentence
   * ("…," Trump said of Governor Lisa Moreno), never one named later. Nobody when the quote names a
   * person before the pronoun (it may mean them), and nothing outside quotes, where "he" is the speaker.
   */
  otherPerson(segment: Segment): Referent | undefined {
    const { speaker, tokens, voice, quoted = tokens, mentioned = this.registry.mentioned() } = segment;
    if (voice !== 'quote' || !speaker) return undefined;
    return (gender, at) => {
      const before = quoted.filter((t) => t.start < at);
      const namedFirst = before.some(
        (t, i) => t.pos === 'PROPN' && this.registry.namesPerson(nameRunAt(before, i)),
      );
      return namedFirst ? null : this.registry.latestOther(speaker, gender, mentioned);
    };
  }

  /** Whatever is still waiting for a speaker at the end of the text. */
  finish(): Segment[] {
    return this.closeOpenQuote();
  }

  private fallback(): string | null {
    return this.registry.lastSpeaker ?? this.defaultSpeaker;
  }

  private closeOpenQuote(): Segment[] {
    const released = this.openQuote ? this.resolveOpenQuote(this.openQuote.speaker ?? this.fallback()) : [];
    this.openQuote = undefined;
    return released;
  }

  private resolveOpenQuote(speaker: string | null): Segment[] {
    const waiting = this.openQuote?.waiting ?? [];
    if (this.openQuote) this.openQuote.waiting = [];
    for (const segment of waiting) segment.speaker = speaker;
    return waiting;
  }

  private tokensInside(sentences: Sentence[], span: QuoteSpan): Token[] {
    return sentences.flatMap((s) =>
      s.tokens.filter(
        (t) => t.start > span.open && (span.close === null || t.start < span.close) && !isQuoteMark(t.text),
      ),
    );
  }

  /** Splits a sentence into runs inside each quote span and runs outside any, dropping the spans' quote marks. */
  private piecesOf(tokens: Token[], spans: QuoteSpan[]): Piece[] {
    const marks = new Set(spans.flatMap((s) => [s.open, s.close]));
    const pieces: Piece[] = [];
    for (const token of tokens) {
      if (isQuoteMark(token.text) && marks.has(token.start)) {
        pieces.push({ tokens: [], span: null });
        continue;
      }
      const k = spans.findIndex((s) => token.start > s.open && (s.close === null || token.start < s.close));
      const span = k < 0 ? null : k;
      const current = pieces.at(-1);
      if (current && current.span === span && (current.tokens.length > 0 || span === null))
        current.tokens.push(token);
      else pieces.push({ tokens: [token], span });
    }
    return pieces.filter((p) => p.tokens.length > 0);
  }

  /** The speaker of quote span k: named right after it closes, or right before it opens, or carried over. */
  private speakerOf(
    k: number,
    span: QuoteSpan,
    pieces: Piece[][],
    attributions: (Attribution | null)[][],
    continues: boolean,
  ): string | null | undefined {
    const around = (pick: (sentence: Piece[]) => number) => {
      for (let i = 0; i < pieces.length; i++) {
        const j = pick(pieces[i]);
        const found = j >= 0 ? attributions[i][j] : null;
        if (found) return found;
      }
      return null;
    };
    const after = span.close === null ? null : around((sentence) => this.neighbour(sentence, k, 'after'));
    const before = around((sentence) => this.neighbour(sentence, k, 'before'));
    const named = after ?? before;
    if (named) return named.speaker;
    const carried = k === 0 && continues ? this.openQuote!.speaker : null;
    return carried ?? (span.close === null ? undefined : this.fallback());
  }

  /** Index of the outside piece just after (or before) the last (or first) piece of span k in a sentence. */
  private neighbour(sentence: Piece[], k: number, side: 'after' | 'before'): number {
    const own = sentence.map((p, j) => (p.span === k ? j : -1)).filter((j) => j >= 0);
    if (own.length === 0) return -1;
    const j = side === 'after' ? own.at(-1)! + 1 : own[0] - 1;
    return sentence[j]?.span === null ? j : -1;
  }

  /** Finds "<subject> <speech verb>" or "<speech verb> <name>" in text outside quotes, and resolves the subject. */
  private attribute(tokens: Token[]): Attribution | null {
    for (let i = 0; i < tokens.length; i++)
      if (tokens[i].pos === 'PROPN' || tokens[i].pos === 'NOUN') {
        const run = nameRunAt(tokens, i);
        if (followsKindOfBody(tokens, i)) this.registry.learnBody(run.map((t) => t.text));
        else this.registry.learn(run);
        this.registry.learnApposition(tokens, i);
      }
    // "The claim that crews were cut was untrue, the spokesman said": the first speech word may have no
    // speaker of its own; the attribution is the first one that does.
    let verb = -1;
    let subject: [number, number] | null = null;
    for (let i = 0; i < tokens.length && !subject; i++) {
      if (!isSpeechVerb(tokens[i]) || inRelativeClause(tokens, i)) continue;
      verb = i;
      subject = this.subjectBefore(tokens, i) ?? this.subjectAfter(tokens, i);
    }
    if (!subject) return null;
    const speaker = this.registry.resolve(tokens.slice(subject[0], subject[1]));
    if (speaker) this.registry.spoke(speaker);
    return { speaker, verb, subject, clauseVerb: CLAUSE_VERBS.has(tokens[verb].lower) };
  }

  /**
   * The subject of the speech verb, nearest first: a pronoun, a person's name, or a role ("the health
   * secretary"). Capitalised runs naming a body or a place ("Leeds", "the Union") are passed over,
   * so the speaker is never an organisation merely mentioned near the quote.
   */
  private subjectBefore(tokens: Token[], verb: number): [number, number] | null {
    const opened = appositionBefore(tokens, verb);
    if (opened !== null) {
      // "Ofwat, the industry regulator, said": the description says a body spoke, whatever its name.
      // Its head noun comes before any "of"/"at" ("a consultant at St Thomas' Hospital" is a person).
      const description = tokens.slice(opened + 1, verb);
      const of = description.findIndex((t) => t.pos === 'ADP');
      const head = description.slice(0, of < 0 ? undefined : of).findLast((t) => t.pos === 'NOUN');
      if (head && isOrganisationWord(head.lower) && tokens[opened + 1].pos === 'DET') return null;
      const named = this.subjectBefore(tokens, opened);
      if (named) return named;
    }
    let from = verb;
    while (from > 0 && !CLAUSE_BREAKS.has(tokens[from - 1].text)) from--;
    for (const scope of [from, 0]) {
      for (let i = verb - 1; i >= scope; i--) {
        if (isPronoun(tokens[i])) return [i, i + 1];
        if (isRole(tokens[i].lower) && tokens[i].pos !== 'VERB') {
          let start = i;
          while (
            start > scope &&
            (['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[start - 1].pos) || joinsJob(tokens, start - 1))
          )
            start--;
          // "the head teachers' union NAHT said": the teachers own what spoke; they did not speak.
          if (!isPossessiveMark(tokens[i + 1])) return [start, roleEnd(tokens, i + 1, verb)];
          i = start;
          continue;
        }
        const start = nameRunEndingAt(tokens, i, scope);
        if (start < 0) continue;
        const run = nameRunAt(tokens, start).slice(0, i - start + 1);
        if (canSpeak(tokens, start, run) && !this.registry.namesBody(run)) return [start, i + 1];
        i = start;
      }
    }
    let start = verb;
    while (start > from && ['DET', 'ADJ', 'NOUN'].includes(tokens[start - 1].pos)) start--;
    return start < verb && tokens[verb - 1].pos === 'NOUN' ? [start, verb] : null;
  }

  private subjectAfter(tokens: Token[], verb: number): [number, number] | null {
    const next = tokens[verb + 1];
    // '"…," said she.' names her; "said she worked two jobs" is what was said, with its own subject.
    const closes = !tokens[verb + 2] || tokens[verb + 2].pos === 'PUNCT';
    if (next && isPronoun(next) && closes) return [verb + 1, verb + 2];
    const run = nameRunAt(tokens, verb + 1);
    if (run.length > 0) return [verb + 1, verb + 1 + run.length];
    // '"…," said one resident, Anna Kowalczyk.': the name set off after the role, else the role.
    let job = verb + 1;
    while (tokens[job] && ['DET', 'NUM', 'ADJ'].includes(tokens[job].pos)) job++;
    if (!tokens[job] || !isRole(tokens[job].lower) || tokens[job].pos === 'VERB') return null;
    const named = tokens[job + 1]?.text === ',' ? nameRunAt(tokens, job + 2) : [];
    return named.length > 1 ? [job + 2, job + 2 + named.length] : [verb + 1, job + 1];
  }

  /**
   * Text outside quotes. "Trump said." or "…, she told reporters" is only an attribution; "Trump claimed
   * that X" makes X Trump's claim in the reporter's words; "Trump praised …" reports a speech act;
   * anything else is the reporter's own narrative.
   */
  private narrative(tokens: Token[], attribution: Attribution | null): Segment[] {
    // In a transcript every sentence of a turn is its speaker's own ("I call the Chancellor" is the chair's).
    if (this.turnSpeaker) return [{ tokens, speaker: this.turnSpeaker, voice: 'quote' }];
    if (!attribution)
      return isQuestionReport(tokens) ? [] : [{ tokens, speaker: this.defaultSpeaker, voice: 'narrative' }];
    const { speaker, verb, subject, clauseVerb } = attribution;
    const rest = tokens.filter(
      (t, i) => (i < subject[0] || i >= subject[1]) && i !== verb && t.pos !== 'PUNCT' && t.pos !== 'ADV',
    );
    if (rest.length <= 1) return [];
    if (!clauseVerb) {
      const actor =
        subject[1] - subject[0] === 1 && isPronoun(tokens[subject[0]]) ? tokens[subject[0]].start : undefined;
      return [{ tokens, speaker, voice: 'paraphrase', actor }];
    }
    const after = Math.max(verb, subject[1] - 1) + 1;
    const from = complementStart(tokens, verb, after);
    // "Dawson told the Arizona Mirror": whom he told, not what he said.
    const audienceOnly = TELL.has(tokens[verb].lower) && from === after;
    // "X, the spokesman said" reports X just as "the spokesman said that X" does.
    const content =
      wordsIn(tokens.slice(from)) >= 3 && !audienceOnly
        ? tokens.slice(from)
        : tokens.slice(0, Math.min(subject[0], verb));
    return wordsIn(content) >= 3 && !isQuestionReport(content)
      ? [{ tokens: content, speaker, voice: 'paraphrase', reportedAs: reportedAs(tokens, verb, after, from) }]
      : [];
  }
}
