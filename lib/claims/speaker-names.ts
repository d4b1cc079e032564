import type { Token } from './nlp';

// Words that introduce a name rather than belong to it: "US President Donald Trump" is Donald Trump.
const TITLES = new Set(
  'president vice prime minister secretary senator sen. sen rep. rep representative congressman congresswoman governor gov. gov mayor chancellor king queen prince princess general gen. gen dr. dr mr. mr mrs. mrs ms. ms sir dame lord judge justice speaker leader chairman chairwoman chair ceo spokesman spokeswoman spokesperson former ambassador commissioner director professor prof. pope colonel captain foreign defence defense attorney state chief'.split(' '),
);
const PRONOUNS = new Set(['he', 'she']);
const NOT_PEOPLE = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'i', 'the']);

const isCapitalised = (t: Token) => /^[A-Z][\p{L}.'’-]*$/u.test(t.text) && t.pos !== 'PRON' && t.pos !== 'DET' && !NOT_PEOPLE.has(t.lower);
const isDemonym = (word: string) => /(?:ian|ean|ese|ish|can)$/.test(word);

/**
 * The capitalised run starting at `from`, e.g. the tokens of "Russian President Vladimir Putin"; a
 * lowercase title may sit inside it, as in "Opposition leader John Smith".
 */
export function nameRunAt(tokens: Token[], from: number): Token[] {
  if (!tokens[from] || !isCapitalised(tokens[from])) return [];
  let to = from + 1;
  while (to < tokens.length && (isCapitalised(tokens[to]) || (TITLES.has(tokens[to].lower) && tokens[to + 1] && isCapitalised(tokens[to + 1])))) to++;
  return tokens.slice(from, to);
}

/** Drops titles, nationalities and country initials from the front of a name run. */
export function stripTitles(run: Token[]): string[] {
  const words = run.map((t) => t.text);
  const lastTitle = words.findLastIndex((w, i) => i < words.length - 1 && TITLES.has(w.toLowerCase()));
  let i = lastTitle + 1;
  while (i < words.length - 1) {
    const lower = words[i].toLowerCase();
    const isInitials = /^(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})$/.test(words[i]);
    const titleFollows = TITLES.has(words[i + 1].toLowerCase());
    if (TITLES.has(lower) || isInitials || (isDemonym(lower) && titleFollows)) i++;
    else break;
  }
  return words.slice(i);
}

/**
 * Who is speaking, as far as the article has told us: full names by surname so that a later
 * "Trump" is the "Donald Trump" introduced earlier, and the last named speaker for "he said".
 */
export class SpeakerRegistry {
  private readonly fullNames = new Map<string, string>();
  private last: string | null = null;

  /** Remembers "Donald Trump" under "Trump"; any multi-word capitalised run may introduce a person. */
  learn(run: Token[]): void {
    const words = stripTitles(run);
    if (words.length >= 2 && !TITLES.has(words[0].toLowerCase())) this.fullNames.set(words.at(-1)!, words.join(' '));
  }

  /** The canonical name for a subject run or pronoun, or null when it names nobody ("the reporter"). */
  resolve(subject: Token[]): string | null {
    if (subject.length === 1 && PRONOUNS.has(subject[0].lower)) return this.last;
    if (!isCapitalised(subject[0])) return null;
    const words = stripTitles(subject);
    if (words.length === 0 || TITLES.has(words[0].toLowerCase())) return null;
    this.learn(subject);
    return words.length === 1 ? (this.fullNames.get(words[0]) ?? words[0]) : words.join(' ');
  }

  /** Records who spoke last, for the pronouns that follow. */
  spoke(name: string): void {
    this.last = name;
  }

  get lastSpeaker(): string | null {
    return this.last;
  }
}
