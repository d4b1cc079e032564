import { DENIAL, promiseEvidence } from './denials-and-promises';
import { isPastTense } from './english';
import type { Token } from './nlp';
import { isCasualtyUnit, isSmallCount, type Quantity } from './parse-quantity';

/** What the engine knows about a clause beyond its words. */
export type ClauseContext = {
  /** The reporter's paraphrase of what someone said, rather than the speaker's own words. */
  paraphrase?: boolean;
  /** An earlier part of the same sentence states a figure ("We have built 40 new hospitals since 2019, and …"). */
  figureBefore?: boolean;
};

export type Words = { tokens: Token[]; lower: string[]; text: string; quantity: Quantity | null };
/**
 * `policy` marks a cue whose weight is the newsroom's rule rather than something the debate transcripts
 * can teach: ClaimBuster's annotators marked promises and denials as not check-worthy, and the
 * transcripts hold no reporter's paraphrase. Such cues are left out of training and keep this weight.
 */
export type Cue = {
  label: string;
  fires: (w: Words, context: ClauseContext) => string | false;
  policy?: number;
};

const set = (words: string) => new Set(words.split(' '));
const firstIn = (w: Words, vocabulary: Set<string>) => w.lower.find((word) => vocabulary.has(word)) ?? false;
const phrase = (pattern: RegExp) => (w: Words) => w.text.match(pattern)?.[0] ?? false;

const STATISTIC_WORDS = set(
  'percent % rate rates average median unemployment deficit debt budget gdp tax taxes wage wages income incomes jobs employment inflation prices price poverty murders economy growth trade billion billions trillion trillions million millions thousands hundreds dozens majority minority record half third quarter',
);
const POLICY_WORDS = set(
  'healthcare health insurance medicare medicaid obamacare security immigration immigrants illegal border wall military troops war nuclear iran isis china russia mexico trade tariffs oil energy climate emissions gun guns police crime abortion covid virus vaccine vaccines masks schools education college tuition students veterans pension retirement mortgage housing banks corporations companies manufacturing factories coal pipeline law laws bill legislation congress senate court plan program funding',
);
const ACTION_VERBS = set(
  'voted vote votes passed signed cut cuts raised raise created lost paid spent funded supported opposed increased decreased doubled tripled banned approved vetoed invested built closed killed died dropped rose fell grew shrank lowered reduced eliminated increase reduce',
);
const FATE_OR_DISPUTE = set(
  'killed dead deaths died casualties hoax rigged fraud lie lied lies lying scam fake',
);
const AGREEMENT_WORDS = set('agreed agree agreement agreements treaty accord consensus ceasefire deal');
const WRONGDOING = set(
  'criminal crime crimes illegal illegally corrupt corruption bribe bribes treason cheated cheating stole stolen fraudulent',
);
const VAGUE_AMOUNTS = set('many most several majority lots plenty few numerous countless');
const ABSOLUTES = set('never always every nobody everybody everyone all none');
const COMPARATIVE =
  /\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|most|least|highest|lowest|largest|smallest|biggest|worst|best|fastest|slowest|record|ever|history|first time)\b/i;
const TIME_ANCHOR =
  /\b(?:1[89]\d\d|20\d\d|last (?:year|month|week)|years? ago|since|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
const GLOBAL_SCOPE =
  /\b(?:in|of) (?:the )?(?:world|history|country's history)\b|\banywhere\b|\bof all time\b/i;
const OPINION =
  /\b(?:I|we) (?:(?:do not|don't) )?(?:think|believe|feel|guess|hope|suppose)\b|\bin my (?:opinion|view)\b/i;
const INTENT =
  /\b(?:I'll|we'll|you'll|they'll)\b|\b(?:I|we|I'm|we're|I am|we are|you|they're|they) (?:will|am going to|are going to|'m going to|'re going to|going to|gonna|want to|wanna|need to|must|should|have to|would like to|'d like to)\b|\b(?:let's|let me|let us)\b/i;
const POLITENESS =
  /\b(?:thank|thanks|congratulations|welcome|good (?:morning|afternoon|evening)|appreciate|honou?red|pleasure)\b/i;
const HYPOTHETICAL = set('would could should might may if');
const DISCOURSE_OPENERS = set('well look listen folks okay ok oh so now yes no');
const BACK_REFERENCE =
  /\b(?:(?:all|every one|each|none|most|half|some|many|any|two|three) of (?:them|those|these)|they|those|these)\b/i;

/** "We will open 12 hospitals", "within two weeks": a promise that can be checked when the time comes. */
const promise = (w: Words) => promiseEvidence(w.text, figure(w, false) || null) ?? false;

/** The figure's first number, when the clause states a figure of the requested size. */
function figure(w: Words, small: boolean): string | false {
  if (!w.quantity || isSmallCount(w.quantity) !== small) return false;
  return w.tokens.find((t) => t.pos === 'NUM')?.text ?? w.quantity.unit;
}

/** A person, place or body named mid-sentence, but not someone being addressed ("…, Joe, …"). */
function namedEntity(w: Words): string | false {
  for (let i = 1; i < w.tokens.length; i++) {
    const t = w.tokens[i];
    if (t.pos !== 'PROPN' || t.lower === 'i' || w.lower[i - 1] === 'number') continue;
    const vocative = w.lower[i - 1] === ',' && [',', '?', '.', '!'].includes(w.lower[i + 1] ?? '.');
    if (!vocative) return t.text;
  }
  return false;
}

/** "hottest", "greatest": superlatives claim a ranking that can be looked up. */
function superlative(w: Words): string | false {
  const hit = w.text.match(COMPARATIVE)?.[0];
  if (hit) return hit;
  return (
    w.tokens.find(
      (t) => (t.pos === 'ADJ' || t.pos === 'ADV') && t.lower.length > 5 && t.lower.endsWith('est'),
    )?.text ?? false
  );
}

/** "deal" counts as an agreement only as a noun: "everybody wants to deal with us" is not one. */
function agreement(w: Words): string | false {
  return (
    w.tokens.find((t) => AGREEMENT_WORDS.has(t.lower) && (t.lower !== 'deal' || t.pos === 'NOUN'))?.text ??
    false
  );
}

const STANCE_VERBS = new Set([
  'wants',
  'supports',
  'opposes',
  'believes',
  'knows',
  'knew',
  'understood',
  'refuses',
  'refused',
  'agrees',
  'wanted',
  'supported',
  'opposed',
]);

/** "President Putin wants …", "He supports …": a checkable statement about someone else's position. */
function othersPosition(w: Words): string | false {
  const i = w.tokens.findIndex(
    (t, i) =>
      STANCE_VERBS.has(t.lower) &&
      i > 0 &&
      (w.tokens[i - 1].pos === 'PROPN' || ['he', 'she', 'they'].includes(w.lower[i - 1])),
  );
  return i < 0 ? false : `${w.tokens[i - 1].text} ${w.tokens[i].text}`;
}

const PERFECT = new Set(['have', "'ve", 'has', "'s", 'had']);

/** A past-tense or present-perfect verb ("paid", "'ve become"): something that happened and left a record. */
function pastTense(w: Words): string | false {
  const i = w.tokens.findIndex(
    (t, i) =>
      (t.pos === 'VERB' || t.pos === 'AUX') &&
      ((isPastTense(t.lower) && w.lower[i - 1] !== 'to') ||
        (t.pos === 'VERB' && PERFECT.has(w.lower[i - 1]))),
  );
  return i < 0 ? false : w.tokens[i].text;
}

function wordCount(w: Words) {
  return w.tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM').length;
}

/**
 * Named cues the engine can explain to an editor. Their weights are learned with the n-grams
 * (scripts/train-checkworthiness.mts); the label is what the editor reads.
 */
export const CUES: Cue[] = [
  { label: 'states a figure', fires: (w) => figure(w, false) },
  { label: 'mentions a small count', fires: (w) => figure(w, true) },
  {
    label: 'counts the dead',
    fires: (w) => (w.quantity && isCasualtyUnit(w.quantity.unit) ? w.quantity.unit : false),
  },
  { label: 'past event', fires: pastTense },
  { label: 'asserted as fact', fires: phrase(/\b(?:the fact is|in fact|the truth is|the record shows)\b/i) },
  { label: 'statistical vocabulary', fires: (w) => firstIn(w, STATISTIC_WORDS) },
  { label: 'policy subject', fires: (w) => firstIn(w, POLICY_WORDS) },
  { label: 'comparison, ranking or record', fires: superlative },
  { label: 'agreement or deal', fires: agreement },
  { label: 'ranks against the world or history', fires: phrase(GLOBAL_SCOPE) },
  { label: 'accuses of wrongdoing', fires: (w) => firstIn(w, WRONGDOING) },
  { label: 'anchored in time', fires: phrase(TIME_ANCHOR) },
  { label: 'reports an action or change', fires: (w) => firstIn(w, ACTION_VERBS) },
  { label: 'deaths, fraud or hoax', fires: (w) => firstIn(w, FATE_OR_DISPUTE) },
  { label: "states someone else's position", fires: othersPosition },
  { label: 'vague amount', fires: (w) => firstIn(w, VAGUE_AMOUNTS) },
  { label: 'absolute claim', fires: (w) => firstIn(w, ABSOLUTES) },
  { label: 'names a person, place or body', fires: namedEntity },
  { label: 'question', fires: (w) => (w.text.trimEnd().endsWith('?') ? '?' : false) },
  { label: 'opinion or hedge', fires: phrase(OPINION) },
  { label: 'plan, wish or intention', fires: phrase(INTENT) },
  { label: 'thanks or greeting', fires: phrase(POLITENESS) },
  {
    label: 'instruction to the listener',
    fires: (w) => (w.tokens[0]?.pos === 'VERB' && !w.lower[0].endsWith('ed') ? w.tokens[0].text : false),
  },
  { label: 'hypothetical', fires: (w) => firstIn(w, HYPOTHETICAL) },
  {
    label: 'conversational opener',
    fires: (w) => (DISCOURSE_OPENERS.has(w.lower[0]) ? w.tokens[0].text : false),
  },
  { label: 'cut off', fires: (w) => (/[-—–]$/.test(w.text.trimEnd()) ? 'trailing dash' : false) },
  { label: 'very short', fires: (w) => (wordCount(w) < 5 ? `${wordCount(w)} words` : false) },
  { label: 'denies something checkable', fires: phrase(DENIAL), policy: 2 },
  { label: 'promise with a deadline or figure', fires: promise, policy: 2.5 },
  // The quoted words are the record a fact-checker cites; the reporter's paraphrase only points to them.
  {
    label: "reporter's paraphrase",
    fires: (_, c) => (c.paraphrase ? 'reported speech' : false),
    policy: -1.5,
  },
  // "…, and every one of them is open today": a claim about the figure just stated, checkable with it.
  {
    label: 'says more about the figure before it',
    fires: (w, c) => (c.figureBefore ? (w.text.match(BACK_REFERENCE)?.[0] ?? false) : false),
    policy: 1.5,
  },
];
