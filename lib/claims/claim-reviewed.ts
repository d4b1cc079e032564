import type { ReportedAs, Referent } from './attribution';
import { isPastTense, thirdPerson } from './english';
import type { Token } from './nlp';
import { figureRange } from '@/lib/figures';
import type { Quantity } from './parse-quantity';
import { isRole } from './speaker-names';

export const CLAIM_REVIEWED_TARGET = 75;

/** Words that belong to a verdict; the restatement must leave the rating to the fact-checker. */
export const VERDICT_WORDS =
  /\b(?:true|untrue|false|falsely|misleading|mislead|correct|incorrect|correctly|accurate|inaccurate|accurately|wrong|unsupported|debunked|lie|lies|lied|lying|liar)\b/gi;

const LEADING =
  /^(?:and|but|so|well|look|now|because|yes|no|oh|also|of course|first of all|firstly|secondly|in fact|in conclusion|finally|however|meanwhile|frankly|honestly|basically|the fact is(?: that)?|the truth is(?: that)?|it(?:'s| is) true that)\b[,\s]*/i;
const HEDGE_VERBS = new Set(['think', 'believe', 'guess', 'feel', 'suppose']);
// "We're going to stop, 5,000 … people … from being killed": the claim is about the killing, not the plan.
const PREVENTION_LEAD =
  /^(?:we|I)(?:'re| are|'m| am| will|'ll)? (?:going to |gonna )?(?:stop|prevent|save|end)\b,?\s*/i;
const INTENSIFIERS = /\b(?:very|really|totally|absolutely|truly|ultimately|of course|quite)\s+/gi;
const REPEATED = /\b([\w'’-]+)(?:,\s+\1\b)+/gi;
const NUMBER_LIST = /\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:,\s+\d{1,3}(?:,\d{3})*(?:\.\d+)?)+/;
// "X is a lie" is a claim about another claim; restated without the verdict it is "X is disputed"
// ("the figures were misleading": "the figures are disputed"; "was \"simply untrue\"" too, quote marks and all).
const VERDICT_PREDICATE =
  /\b(?:is|are|was|were|'s|'re) ["“]?(?:simply |just |totally |completely |all |not )*(?:a |an )?(?:lie|lies|false|untrue|wrong|incorrect|inaccurate|misleading|true|correct|accurate)\b["”]?/gi;

// "the senator was lying about my record" accuses without the verdict word: "misrepresented my record".
const LYING_ABOUT = /\s(is|are|was|were|'s|'re) (["“]?)lying about\b/gi;
// "was misleading residents" misled someone; "the figures were misleading" is a verdict word, dropped.
const MISLEADING_WHOM = /\s(is|was|were|'s) (["“]?)misleading (?=[a-z])/gi;

// How the restatement reports a claim that "said" would turn around.
const REPORTING: Record<ReportedAs, string> = { denied: 'denied that', promised: 'promised' };

const AFTER_I: Record<string, string> = {
  "'ve": 'has',
  have: 'has',
  "'m": 'is',
  am: 'is',
  "'d": 'would',
  "'ll": 'will',
  do: 'does',
};
const AFTER_WE: Record<string, string> = {
  "'ve": 'has',
  have: 'has',
  "'re": 'is',
  are: 'is',
  were: 'was',
  "'d": 'would',
  "'ll": 'will',
  do: 'does',
};
const PLURAL_FIRST_PERSON: Record<string, [group: (g: string) => string, unknown: string]> = {
  we: [(g) => g, 'they'],
  us: [(g) => g, 'them'],
  our: [(g) => `${g}'s`, 'their'],
  ours: [(g) => `${g}'s`, 'theirs'],
  ourselves: [(g) => g, 'themselves'],
};

type Word = { text: string; spaced: boolean };

const wordsOf = (tokens: Token[]): Word[] =>
  tokens.map((t, i) => ({ text: t.text, spaced: i > 0 && t.start > tokens[i - 1].end }));
const join = (words: Word[]) => words.map((w, i) => (i > 0 && w.spaced ? ' ' : '') + w.text).join('');

/** How a restatement refers to the speaker in place of "I", "me", "my" and "myself". */
type SelfForms = { subject: string; object: string; possessive: string; reflexive: string };
const PRONOUN_FORMS: Record<'f' | 'm', SelfForms> = {
  f: { subject: 'she', object: 'her', possessive: 'her', reflexive: 'herself' },
  m: { subject: 'he', object: 'him', possessive: 'his', reflexive: 'himself' },
};
// Beside someone else who takes the same pronoun: "Trump said Putin knew it was a hoax, he himself knew".
const EMPHATIC_FORMS: Record<'f' | 'm', SelfForms> = {
  f: { subject: 'she herself', object: 'her', possessive: 'her own', reflexive: 'herself' },
  m: { subject: 'he himself', object: 'him', possessive: 'his own', reflexive: 'himself' },
};
const nameForms = (surname: string): SelfForms => ({
  subject: surname,
  object: surname,
  possessive: `${surname}'s`,
  reflexive: surname,
});

/** Rewrites "I" in the third person with the verb agreeing: "I've always had" → "Trump has always had". */
function nameTheSpeaker(words: Word[], tokens: Token[], forms: SelfForms): void {
  tokens.forEach((t, i) => {
    if (t.text === 'I') {
      words[i].text = forms.subject;
      const next = tokens[i + 1];
      if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) return;
      const agreed =
        AFTER_I[next.lower] ??
        (isPastTense(next.lower) || next.pos === 'AUX' ? next.text : thirdPerson(next.text));
      words[i + 1] = { text: agreed, spaced: true };
    } else if (t.lower === 'me') words[i].text = forms.object;
    else if (t.lower === 'myself') words[i].text = forms.reflexive;
    else if (t.lower === 'my') words[i].text = forms.possessive;
  });
}

const THIRD_PERSON = new Set(['he', 'him', 'his', 'she', 'her', 'hers']);
const OTHERS_PRONOUNS: Record<string, { gender: 'f' | 'm'; possessive: boolean | 'if a noun follows' }> = {
  he: { gender: 'm', possessive: false },
  him: { gender: 'm', possessive: false },
  his: { gender: 'm', possessive: true },
  she: { gender: 'f', possessive: false },
  her: { gender: 'f', possessive: 'if a noun follows' },
};
// "her" is possessive before what it owns ("her budget", "her new budget"), else the object ("made her angry").
const ownsNext = (tokens: Token[], i: number) =>
  tokens[i + 1]?.pos === 'NOUN' || (tokens[i + 1]?.pos === 'ADJ' && tokens[i + 2]?.pos === 'NOUN');

/**
 * Names the person "he" or "she" means in the speaker's own words ("He knew it was a hoax" → "Putin
 * knew it was a hoax"), so that after "Trump said" the claim is not read as being about Trump. A
 * pronoun whose person the text does not settle stays as written. Returns the positions renamed.
 */
function nameOthers(words: Word[], tokens: Token[], referent: Referent): Set<number> {
  const renamed = new Set<number>();
  tokens.forEach((t, i) => {
    const pronoun = OTHERS_PRONOUNS[t.lower];
    const person = pronoun && referent(pronoun.gender, t.start);
    if (!person) return;
    const name = speakerName(person);
    const possessive =
      pronoun.possessive === true || (pronoun.possessive === 'if a noun follows' && ownsNext(tokens, i));
    // A contraction stays one ("Putin's seen it all"): its 's is "has" or "is", which the words after
    // it do not always settle ("he's never voted", "he's tired").
    words[i].text = possessive ? `${name}'s` : name;
    renamed.add(i);
  });
  return renamed;
}

/**
 * "I" is what the claim is about when it is the subject of the main clause ("I have always had …");
 * in "crime is down since I took office" the claim is about crime and still needs "X said". A clause
 * that also speaks of someone else as "he" or "she" keeps the name in place of "I": after "Trump
 * said", "he knew it was a hoax" would read as Trump.
 */
function isAboutSelf(tokens: Token[], renamed: Set<number>): boolean {
  const self = tokens.findIndex((t) => t.text === 'I');
  if (self < 0) return false;
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return verb < 0 || self < verb || tokens.some((t, i) => THIRD_PERSON.has(t.lower) && !renamed.has(i));
}

/**
 * Rewrites "we"/"our" as the group the speaker speaks for ("the government has built"), or as "they"
 * when the text does not say which group, so the restatement is third person throughout.
 */
function nameTheGroup(words: Word[], tokens: Token[], group: string | null): void {
  tokens.forEach((t, i) => {
    const forms = PLURAL_FIRST_PERSON[t.lower];
    // "US-Russia relations": the country, not the pronoun.
    if (!forms || t.text === 'US') return;
    const replacement = group ? forms[0](group) : forms[1];
    words[i].text =
      t.text[0] === t.text[0].toUpperCase() && i === 0
        ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
        : replacement;
    const next = tokens[i + 1];
    if (!group || t.lower !== 'we' || !next || (next.pos !== 'VERB' && next.pos !== 'AUX')) return;
    const agreed =
      AFTER_WE[next.lower] ??
      (isPastTense(next.lower) || next.pos === 'AUX' ? next.text : thirdPerson(next.text));
    words[i + 1] = { text: agreed, spaced: true };
  });
}

/** Drops "I think (that)", "we believe": the claim is what follows. */
function withoutHedges(tokens: Token[]): Token[] {
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hedge =
      (tokens[i].lower === 'i' || tokens[i].lower === 'we') && HEDGE_VERBS.has(tokens[i + 1]?.lower ?? '');
    if (!hedge) {
      kept.push(tokens[i]);
      continue;
    }
    i += tokens[i + 2]?.lower === 'that' ? 2 : 1;
  }
  return kept.length > 0 ? kept : tokens;
}

// "According to the Department for Education, there are 468,000 teachers": the source alone claims nothing either.
const SUBORDINATE_OPENING =
  /^(?:since|when|while|if|because|although|though|after|before|as|unless|until|once|according to)\b/i;

/**
 * Over the target, a claim keeps its first clause; it is never cut mid-clause or given an ellipsis. A
 * claim that opens with a subordinate clause ("Since we took office, unemployment has fallen …") keeps
 * the main clause after it too, over the target if need be: the opening alone claims nothing.
 */
function shorten(text: string): string {
  if (text.length <= CLAIM_REVIEWED_TARGET) return text;
  if (SUBORDINATE_OPENING.test(text)) {
    const first = text.indexOf(', ');
    const second = first < 0 ? -1 : text.indexOf(', ', first + 2);
    return second > 0 ? text.slice(0, second) : text;
  }
  const clauseEnd = text.lastIndexOf(', ', CLAIM_REVIEWED_TARGET);
  if (clauseEnd < 30) return text;
  const kept = text.slice(0, clauseEnd);
  // "The study, which followed 14,000 patients" has no verb of its own: the sentence stays whole.
  if (/, (?:which|who|whose) /i.test(kept)) return text;
  // "The Chancellor talks about jobs, but real wages are lower than in 2008": the figure is the claim.
  const turn = text.slice(clauseEnd + 2).match(/^(?:but|yet|while|whereas)\s+(.*)$/i)?.[1];
  return turn && /\d/.test(turn) && !/\d/.test(kept) ? turn : kept;
}

/** A clause cut at a closing quote mark keeps its opening one ("called the budget "a gimmick"): drop it. */
function withoutStrayQuoteMark(text: string): string {
  const marks = text.match(/["“”]/g) ?? [];
  return marks.length % 2 === 1 ? text.replace(/\s?["“”]/, (m) => m.slice(0, -1)) : text;
}

/**
 * Quote marks promise the speaker's exact words: once a name, a tense or a verdict word inside them
 * has been rewritten ('"lying about my record"' → 'misrepresented Dawson's record'), they go.
 */
function unquoteRewritten(text: string, original: string): string {
  return text.replace(/["“]([^"“”]+)["”]/g, (quoted, inside: string) =>
    original.includes(inside) ? quoted : inside,
  );
}

function stripRepeatedly(text: string, pattern: RegExp): string {
  let previous;
  do {
    previous = text;
    text = text.replace(pattern, '');
  } while (text !== previous);
  return text;
}

/** How the restatement names the speaker: a person by surname, a role as written ("the health secretary"). */
const speakerName = (speaker: string) => (speaker.startsWith('the ') ? speaker : speaker.split(' ').at(-1)!);

/** What the article says around a claim that its restatement needs. */
export type RestateContext = {
  /** Who "we" is for this speaker ("the US government"), when the text says. */
  group?: string | null;
  /** Whether the text calls the speaker "she" or "he". */
  gender?: 'f' | 'm' | null;
  /** Whom "he" and "she" mean in the speaker's own words. */
  referent?: Referent;
  /** Where the pronoun that is the speaker stands, in a reported act ("He praised the officials"). */
  actor?: number;
  /** Words the article also writes in lower case: a capital on one of them only opened its sentence. */
  lowercase?: ReadonlySet<string>;
  /** The reporting verb when "said" would change the claim ("Haddad denied that …", "Osei promised to …"). */
  reportedAs?: ReportedAs;
};

/**
 * A short neutral restatement of a claim for ClaimReview's claimReviewed, as a complete third-person
 * sentence naming the speaker once: "Trump has always had …" where the speaker says "I", otherwise
 * "The health secretary said the government has built …", with "we" resolved to the group the speaker
 * speaks for or to "they", and "he" or "she" in the speaker's words to whom they mean. Hedges, lead-ins and repetitions are dropped, number lists become ranges, and no word
 * reads as a verdict.
 */
export function restateClaim(
  clause: Token[],
  speaker: string | null,
  quantity: Quantity | null,
  { group = null, gender = null, referent, actor, lowercase, reportedAs }: RestateContext = {},
): string {
  const hedged = withoutHedges(clause);
  // "We're going to stop 5,000 … from being killed" is about the killing; the lead goes before "we" is renamed.
  const lead = join(wordsOf(hedged)).match(PREVENTION_LEAD)?.[0].length ?? 0;
  const tokens = hedged.filter((t) => t.start - hedged[0].start >= lead);
  const words = wordsOf(tokens);
  const name = speaker ? speakerName(speaker) : null;
  const renamed = referent ? nameOthers(words, tokens, referent) : new Set<number>();
  // "He also highlighted his rapport with Putin" is the reporter's account of an act: "Trump also highlighted …".
  const acting = tokens.findIndex((t) => t.start === actor);
  if (name && acting >= 0) words[acting].text = name;
  const speaksOfSelf = isAboutSelf(tokens, renamed);
  if (name && speaksOfSelf) nameTheSpeaker(words, tokens, nameForms(name));
  // After "X said", a later "I" is a pronoun when the text has told us which (else the name again),
  // made emphatic when the claim names someone else who takes it too.
  else if (name)
    nameTheSpeaker(
      words,
      tokens,
      gender ? (renamed.size > 0 ? EMPHATIC_FORMS : PRONOUN_FORMS)[gender] : nameForms(name),
    );
  // "Republican leader Tom Hayes called the budget …" and "Rebel commanders accused …" already say who.
  const role = name?.startsWith('the ') ? name.slice('the '.length).toLowerCase() : null;
  // "his company, Dawson Freight": the name inside a body's name is not the speaker named.
  const namedAt = (i: number) => tokens[i].text === name && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
  const named =
    name !== null &&
    (acting >= 0 ||
      tokens.some((_, i) => namedAt(i)) ||
      (role !== null && join(wordsOf(tokens)).toLowerCase().includes(role)));
  if (name) nameTheGroup(words, tokens, group);
  let text = join(words);
  text = stripRepeatedly(text, LEADING);
  text = text
    .replace(/\bfrom being (killed|wounded|injured)\b/i, 'are being $1')
    .replace(/\bfrom dying\b/i, 'are dying');
  text = text.replace(INTENSIFIERS, '').replace(REPEATED, '$1');
  if (quantity && quantity.min !== quantity.max)
    text = text.replace(NUMBER_LIST, figureRange(quantity.min, quantity.max));
  text = text
    .replace(LYING_ABOUT, (_, aux: string, mark: string) =>
      /^(?:are|were|'re)$/i.test(aux) ? ` ${mark}misrepresent` : ` ${mark}misrepresented`,
    )
    .replace(MISLEADING_WHOM, (_, aux: string, mark: string) =>
      /^(?:is|'s)$/i.test(aux) ? ` ${mark}misleads ` : ` ${mark}misled `,
    )
    .replace(VERDICT_PREDICATE, (predicate) =>
      /^\s*(?:are|were|'re)\b/i.test(predicate) ? ' are disputed' : ' is disputed',
    )
    .replace(VERDICT_WORDS, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/[\s,;:.]+$/, '')
    // 'called the budget "a gimmick."' ends at its closing mark; the full stop inside it goes.
    .replace(/[,;:.]+(["”])$/, '$1')
    .trim();
  text = shorten(text);
  text = withoutStrayQuoteMark(text);
  text = unquoteRewritten(text, join(wordsOf(clause)));
  if (name && !speaksOfSelf && !named) {
    // The tagger calls any capitalised opening word a name ("Response times have got worse").
    // "Ministers had considered …" opens with a job, not a name ("President Biden" is one).
    const opensWithJob = isRole(tokens[0]?.lower ?? '') && tokens[1]?.pos !== 'PROPN';
    const opensWithName = tokens[0]?.pos === 'PROPN' && !lowercase?.has(tokens[0].lower) && !opensWithJob;
    // "My opponent voted" became "Ortiz's opponent voted": the speaker's name keeps its capital.
    const opensWithSpeaker = /^\p{Lu}/u.test(name) && text.startsWith(name);
    const keepCapital = opensWithName || opensWithSpeaker || renamed.has(0) || /^[A-Z]{2,}/.test(text);
    text = `${name} ${reportedAs ? REPORTING[reportedAs] : 'said'} ${keepCapital ? text : text.charAt(0).toLowerCase() + text.slice(1)}`;
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}
