import type { Token } from './nlp';

// Words that introduce a name rather than belong to it: "US President Donald Trump" is Donald Trump.
const TITLES = new Set(
  'president vice prime minister secretary senator sen. sen rep. rep representative congressman congresswoman governor gov. gov mayor chancellor king queen prince princess general gen. gen dr. dr mr. mr mrs. mrs ms. ms sir dame lord judge justice speaker leader chairman chairwoman chair ceo spokesman spokeswoman spokesperson former ambassador commissioner director professor prof. pope colonel captain foreign defence defense attorney state chief councillor councilor councilman councilwoman alderman mp mep constable superintendent inspector sergeant detective lieutenant admiral'.split(
    ' ',
  ),
);
const PRONOUNS = new Map<string, Gender>([
  ['he', 'm'],
  ['she', 'f'],
]);
export type Gender = 'f' | 'm';
// Titles and job words that say which pronoun fits a person: "Mrs Helen Park", "the spokeswoman".
const GENDER_WORDS = new Map<string, Gender>([
  ...'mrs mrs. ms ms. miss madam dame queen princess lady duchess baroness congresswoman chairwoman spokeswoman businesswoman'
    .split(' ')
    .map((w) => [w, 'f'] as const),
  ...'mr mr. sir king prince lord duke baron congressman chairman spokesman businessman'
    .split(' ')
    .map((w) => [w, 'm'] as const),
]);
/** How many people and roles a pronoun looks back over: the nearest that fits is almost always among them. */
const RECENT_PEOPLE = 12;
const genderIn = (words: string[]) =>
  words.map((w) => GENDER_WORDS.get(w.toLowerCase())).find((g) => g !== undefined);
/** Nouns that name a person by the job they hold: "the health secretary told reporters". */
const ROLES = new Set(
  'commander secretary minister president chair spokesman spokeswoman spokesperson governor mayor senator chancellor premier ambassador commissioner director chairman chairwoman chief ceo official officials adviser advisor leader general judge prosecutor sheriff inspector councillor envoy negotiator manager head founder economist analyst doctor surgeon scientist professor officer nurse teacher farmer resident witness student worker lawyer engineer soldier campaigner activist protester researcher expert critic'.split(
    ' ',
  ),
);
/** Whether a word names people by their job, one ("the health secretary") or several ("rebel commanders"). */
export const isRole = (word: string) => ROLES.has(word) || isPluralRole(word);
const isPluralRole = (word: string) => word.endsWith('s') && ROLES.has(word.slice(0, -1));
// Words that make a capitalised run a body or a place, which cannot be the speaker of a quote.
const ORGANISATION_WORDS = new Set(
  'union council ministry department party hospital infirmary university agency company corporation regulator watchdog mirror herald gazette journal tribune chronicle telegraph guardian observer bbc cnn reuters pharma pharmaceuticals motors airlines airways holdings industries technologies plc llc committee commission bank office service association federation institute foundation trust board authority police army government parliament congress senate court times post news group inc ltd club league school college centre center organisation organization coalition alliance network workers charity firm church city county state republic kingdom street square airport station house nations un eu nato imf opec'.split(
    ' ',
  ),
);
// Roles whose "we" is a government: "we have built 40 hospitals" said by the health secretary.
const GOVERNMENT_ROLES = new Set(
  'president minister secretary chancellor premier governor mayor spokesman spokeswoman spokesperson'.split(
    ' ',
  ),
);
const NOT_PEOPLE = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'i',
  'the',
]);

// Words that open a sentence with a capital but are never part of a name ("But campaigners said").
const CLOSED_CLASS = new Set(['PRON', 'DET', 'CCONJ', 'SCONJ', 'ADP', 'AUX', 'PART', 'INTJ', 'NUM']);
const isCapitalised = (t: Token) =>
  /^[A-Z][\p{L}.'’-]*$/u.test(t.text) && !CLOSED_CLASS.has(t.pos) && !NOT_PEOPLE.has(t.lower);
/** A capitalised run that ends in a job word ("Transport Secretary", "Prime Minister") names a post. */
const isJob = (words: string[]) =>
  ROLES.has(words.at(-1)!.toLowerCase()) || TITLES.has(words.at(-1)!.toLowerCase());
const isDemonym = (word: string) => /(?:ian|ean|ese|ish|can)$/.test(word);

// Words inside a body's name or a title: "Royal College of Nursing", "Secretary for Health".
const NAME_JOINERS = new Set(['of', 'for']);

/** "Royal College of Nursing", "Institute for Fiscal Studies", "Secretary of State": a joiner after a body or a title. */
const joinsName = (tokens: Token[], at: number) =>
  NAME_JOINERS.has(tokens[at].lower) &&
  (ORGANISATION_WORDS.has(tokens[at - 1].lower) || TITLES.has(tokens[at - 1].lower)) &&
  tokens[at + 1] !== undefined &&
  isCapitalised(tokens[at + 1]);

/** An owner's mark: the "'s" of "Women's", the "'" of "teachers'". */
export const isPossessiveMark = (t: Token | undefined) => t !== undefined && /^['’]s?$/.test(t.text);

/** "Supporters' Trust", "Women's Institute": an owner's mark inside a body's name ("Trump's Russia" is none). */
const possessiveInName = (tokens: Token[], at: number) =>
  isPossessiveMark(tokens[at]) &&
  tokens[at].start === tokens[at - 1].end &&
  tokens[at + 1] !== undefined &&
  isCapitalised(tokens[at + 1]) &&
  ORGANISATION_WORDS.has(tokens[at + 1].lower);

/**
 * The capitalised run starting at `from`, e.g. the tokens of "Russian President Vladimir Putin"; a
 * lowercase title may sit inside it, as in "Opposition leader John Smith", and so may the "of" of a
 * body's name ("Royal College of Nursing").
 */
export function nameRunAt(tokens: Token[], from: number): Token[] {
  if (!tokens[from] || !isCapitalised(tokens[from])) return [];
  let to = from + 1;
  while (
    to < tokens.length &&
    (isCapitalised(tokens[to]) ||
      joinsName(tokens, to) ||
      possessiveInName(tokens, to) ||
      (TITLES.has(tokens[to].lower) && tokens[to + 1] && isCapitalised(tokens[to + 1])))
  )
    to++;
  return tokens.slice(from, to);
}

/** Where the capitalised run that reaches token `end` starts, at or after `from`; -1 when none does. */
export function nameRunEndingAt(tokens: Token[], end: number, from: number): number {
  for (let start = from; start <= end; start++)
    if (nameRunAt(tokens, start).length > end - start) return start;
  return -1;
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
    // "Minister of Health Jane Doe": the department after a title is part of the title.
    const department = i === lastTitle + 1 && NAME_JOINERS.has(lower) && i + 4 <= words.length;
    if (department) i += 2;
    else if (TITLES.has(lower) || isInitials || (isDemonym(lower) && titleFollows)) i++;
    else break;
  }
  return words.slice(i);
}

// With the possessive: "the college's general secretary".
const ROLE_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART']);
/** The role phrase next to a name, read from `from` away from it ("the water minister"), or none. */
function rolePhrase(tokens: Token[], from: number, step: 1 | -1): string[] {
  const phrase: Token[] = [];
  for (let i = from; tokens[i] && phrase.length < 6 && ROLE_PHRASE_POS.has(tokens[i].pos); i += step)
    phrase.push(tokens[i]);
  if (step < 0) phrase.reverse();
  const head = phrase.at(-1);
  return head && isRole(head.lower)
    ? phrase.filter((t) => t.pos !== 'DET' && t.pos !== 'PART').map((t) => t.text)
    : [];
}

export const isOrganisationWord = (word: string) =>
  ORGANISATION_WORDS.has(word) || (word.endsWith('s') && ORGANISATION_WORDS.has(word.slice(0, -1)));
/** "GreenWay Services" and "United Nations" are bodies as much as "the Health Service". */
export const isOrganisation = (words: string[]) => words.some((w) => isOrganisationWord(w.toLowerCase()));

// What may follow a job to say whose it is: "a spokesman for the Royal College of Nursing".
const OF_WHOM = new Set(['for', 'at', 'of', 'from']);

/**
 * The role a subject names, as the restatement writes it: "the UN spokeswoman" for "A UN
 * spokeswoman", "the spokesman for the Royal College of Nursing"; null when its head is no job.
 */
function roleNamed(subject: Token[]): { name: string; job: string[] } | null {
  const head = subject.findLastIndex((t) => isRole(t.lower) && t.pos !== 'VERB');
  if (head < 0 || (head < subject.length - 1 && !OF_WHOM.has(subject[head + 1].lower))) return null;
  const job = subject
    .slice(0, head + 1)
    .filter((t) => t.pos !== 'DET')
    .map((t) => t.text);
  // Initials and a body's name keep their capitals ("the UN spokeswoman", "the United Nations
  // officials"); the words of a job do not ("the health secretary").
  const body = isOrganisation(job.slice(0, -1));
  const written = job.map((w, i) =>
    /^[A-Z]{2,}$/.test(w) || (body && i < job.length - 1 && /^\p{Lu}/u.test(w)) ? w : w.toLowerCase(),
  );
  const whose = subject.slice(head + 1).map((t) => t.text);
  return job.length > 0 ? { name: ['the', ...written, ...whose].join(' '), job } : null;
}

/**
 * Where a role's "of whom" ends, when a name follows the job up to `end` ("spokesman for the Royal
 * College of Nursing", "spokeswoman for the Treasury"), or a body named again between commas before
 * `end` ("spokesperson for the contractor, GreenWay Services," ends at "contractor"); otherwise just
 * after the job, at `at`.
 */
export function roleEnd(tokens: Token[], at: number, end: number): number {
  if (!OF_WHOM.has(tokens[at]?.lower ?? '')) return at;
  const body = tokens[at + 1]?.pos === 'DET' ? at + 2 : at + 1;
  if (body < end && nameRunAt(tokens, body).length === end - body) return end;
  let noun = body;
  while (noun < end && tokens[noun].pos === 'NOUN') noun++;
  const renamed = tokens[noun]?.text === ',' ? nameRunAt(tokens, noun + 1).length : 0;
  const closed = renamed > 0 && noun + 1 + renamed === end - 1 && tokens[end - 1].text === ',';
  return noun > body && closed ? noun : at;
}

/** "the union NAHT", "his company, Dawson Freight": a capitalised run right after the kind of body it names. */
export function followsKindOfBody(tokens: Token[], start: number): boolean {
  const kind = tokens[start - 1]?.text === ',' ? tokens[start - 2] : tokens[start - 1];
  return kind?.pos === 'NOUN' && isOrganisationWord(kind.lower);
}

/**
 * Whether the capitalised run at `start` can be who spoke. Not when it names a body or a place, once
 * the titles before a name are set aside ("Secretary of State Marco Rubio" is a person); not when the
 * text names a body by its initials ("NAHT") or after the kind of body it is ("the union NAHT"); and
 * not when it says whose a job is ("a spokeswoman for the Treasury": she spoke).
 */
export function canSpeak(tokens: Token[], start: number, run: Token[]): boolean {
  if (isOrganisation(stripTitles(run)) || (run.length === 1 && /^[A-Z]{3,6}$/.test(run[0].text)))
    return false;
  if (followsKindOfBody(tokens, start)) return false;
  const before = tokens[start - 1];
  // "Campaign group Railfuture said", "Environmental campaigners said": one capitalised word before a
  // noun describes it (or the kind of body that follows), it names nobody.
  const after = tokens[start + run.length];
  if (after?.pos === 'NOUN' && (isOrganisationWord(after.lower) || run.length === 1)) return false;
  const of = before?.pos === 'DET' ? start - 2 : start - 1;
  return !(OF_WHOM.has(tokens[of]?.lower ?? '') && isRole(tokens[of - 1]?.lower ?? ''));
}

/**
 * Who is speaking, as far as the article has told us: full names by surname so that a later
 * "Trump" is the "Donald Trump" introduced earlier, and the last named speaker for "he said".
 */
export class SpeakerRegistry {
  private readonly fullNames = new Map<string, string>();
  /** The words that came before a name ("US President"), for what the person's "we" means. */
  private readonly titles = new Map<string, string[]>();
  private last: string | null = null;
  /** People and roles by their latest mention, newest first, for the pronouns that follow. */
  private recent: string[] = [];
  /** What the text has said about who is "she" and who is "he": a title, a job word, a pronoun. */
  private readonly genders = new Map<string, Gender>();
  /** Roles held by several people ("the rebel commanders"), whom neither "he" nor "she" can mean. */
  private readonly plural = new Set<string>();
  /** Names the text has given a body ("Corvena" of "Corvena Pharma"): said alone later, still the body. */
  private readonly bodies = new Set<string>();

  /** Whether a capitalised run is a name the text has already given to a body (and to no person). */
  namesBody(run: Token[]): boolean {
    return run.length > 0 && run.every((t) => this.bodies.has(t.text) && !this.fullNames.has(t.text));
  }

  /** "his company, Dawson Freight", "Corvena Pharma": words the text names a body with, not a person. */
  learnBody(words: string[]): void {
    for (const word of words) this.bodies.add(word);
  }

  /** Remembers "Donald Trump" under "Trump"; a multi-word capitalised run that is not a body or place may introduce a person. */
  learn(run: Token[]): void {
    const words = stripTitles(run);
    // "rapport with Putin": a surname alone is a fresh mention of the person already introduced.
    const known = words.length === 1 ? this.fullNames.get(words[0]) : undefined;
    if (known) this.mention(known);
    if (words.length < 2 || TITLES.has(words[0].toLowerCase())) return;
    if (isOrganisation(words)) return this.learnBody(words);
    // "the Transport Secretary" is a job, not a person called Secretary.
    if (isJob(words)) return;
    const name = words.join(' ');
    this.fullNames.set(words.at(-1)!, name);
    const titles = run.slice(0, run.length - words.length).map((t) => t.text);
    this.mention(name, genderIn(titles));
    // Runs are learned from every starting word, so "President Donald Trump" must not drop the "US" already seen.
    if (titles.length > (this.titles.get(name)?.length ?? 0)) this.titles.set(name, titles);
  }

  /**
   * A role set off by commas beside a full name is the person's title, as a title before the name is:
   * "The water minister, Lucía Ferrer, said" and "Lucía Ferrer, the water minister, said".
   */
  learnApposition(tokens: Token[], from: number): void {
    const run = nameRunAt(tokens, from);
    const words = stripTitles(run);
    if (words.length < 2 || isOrganisation(words)) return;
    const end = from + run.length;
    const before = tokens[from - 1]?.text === ',' ? rolePhrase(tokens, from - 2, -1) : [];
    const after = tokens[end]?.text === ',' ? rolePhrase(tokens, end + 1, 1) : [];
    const titles = before.length > 0 ? before : after;
    const name = words.join(' ');
    if (titles.length > (this.titles.get(name)?.length ?? 0)) {
      this.titles.set(name, titles);
      this.mention(name, genderIn(titles));
    }
  }

  /**
   * The canonical name for a subject run or pronoun, a role ("the health secretary") when only the job
   * is given, or null when it names nobody the text identifies: a body, a place, "the reporter".
   */
  resolve(subject: Token[]): string | null {
    const pronoun = subject.length === 1 ? PRONOUNS.get(subject[0].lower) : undefined;
    if (pronoun) return this.resolvePronoun(pronoun);
    const words = subject.filter((t) => t.pos !== 'DET').map((t) => t.text);
    if (words.length === 0) return null;
    // A role is a person whoever employs them: "a council spokeswoman" speaks, "the council" does not.
    // "Secretary of State Marco Rubio" starts with a job but names its holder.
    const whole = subject[0].pos === 'DET' ? subject.slice(1) : subject;
    const holder = nameRunAt(whole, 0).length === whole.length && this.namesPerson(whole);
    const role = holder ? null : roleNamed(subject);
    if (role) {
      // "the spokesperson said", after "a spokesperson for the contractor": the one already introduced.
      const introduced =
        subject[0].lower === 'the' ? this.recent.find((n) => n.startsWith(`${role.name} `)) : undefined;
      const name = introduced ?? role.name;
      this.mention(name, genderIn(role.job));
      if (isPluralRole(role.job.at(-1)!.toLowerCase())) this.plural.add(name);
      return name;
    }
    const name = stripTitles(subject);
    if (isOrganisation(name) || !isCapitalised(subject[0])) return null;
    if (name.length === 0 || TITLES.has(name[0].toLowerCase())) return null;
    this.learn(subject);
    return name.length === 1 ? (this.fullNames.get(name[0]) ?? name[0]) : name.join(' ');
  }

  /** What "we" means in this speaker's mouth, when the text says: "the US government" for "US President Donald Trump". */
  groupOf(speaker: string | null): string | null {
    if (!speaker) return null;
    const titles = speaker.startsWith('the ')
      ? speaker.split(' ').slice(1)
      : (this.titles.get(speaker) ?? []);
    if (!titles.some((t) => GOVERNMENT_ROLES.has(t.toLowerCase()))) return null;
    // A general secretary leads a union or a party, not a government.
    if (titles.some((t, i) => t.toLowerCase() === 'general' && titles[i + 1]?.toLowerCase() === 'secretary'))
      return null;
    // The secretary of a college or a council's spokeswoman speaks for that body, not a government; which
    // body "we" is there is a guess ("White House" is no house), so it stays "they".
    // "Secretary of State" is a title, not a body; a UN spokeswoman's "we" is no government either.
    const body = (t: string) => ORGANISATION_WORDS.has(t) && t !== 'government' && !TITLES.has(t);
    if (titles.some((t) => body(t.toLowerCase()))) return null;
    const country = titles.find(
      (t) =>
        /^(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})$/.test(t) ||
        (/^[A-Z]/.test(t) && /(?:ian|ean|ese|ish|can)$/.test(t)),
    );
    return country ? `the ${country} government` : 'the government';
  }

  genderOf(name: string): Gender | null {
    return this.genders.get(name) ?? null;
  }

  /** Records who spoke last, for the pronouns that follow. */
  spoke(name: string): void {
    this.last = name;
    this.mention(name);
  }

  private mention(name: string, gender?: Gender): void {
    // Names are learned from every capitalised run; a short list keeps a long text linear.
    this.recent = [name, ...this.recent.filter((n) => n !== name)].slice(0, RECENT_PEOPLE);
    if (gender) this.genders.set(name, gender);
  }

  /**
   * "she"/"he": the last speaker, else the person or role mentioned most recently, passing over anyone
   * the text has shown to take the other pronoun; nobody when no one fits (unknown stays unknown).
   * The pronoun then tells us about whoever it named.
   */
  private resolvePronoun(gender: Gender): string | null {
    const candidates = this.last ? [this.last, ...this.recent] : this.recent;
    const found = candidates.find((n) => this.mayBe(n, gender)) ?? null;
    if (found) this.genders.set(found, gender);
    return found;
  }

  /** Whether a capitalised run names a person: a full name, or the surname of one the text introduced. */
  namesPerson(run: Token[]): boolean {
    const words = stripTitles(run);
    if (words.length === 1) return this.fullNames.has(words[0]);
    return words.length > 1 && !isOrganisation(words) && !isJob(words);
  }

  /** Who has been mentioned, most recent first, as the text stands now (for latestOther later). */
  mentioned(): string[] {
    return [...this.recent];
  }

  /** The person or role in `among`, most recent first, that is not `speaker` and may take this pronoun. */
  latestOther(speaker: string, gender: Gender, among: string[]): string | null {
    return among.find((n) => !this.samePerson(n, speaker) && this.mayBe(n, gender)) ?? null;
  }

  /** Whether "he" or "she" may mean this person or role, as far as the text has said. */
  private mayBe(name: string, gender: Gender): boolean {
    return !this.plural.has(name) && (this.genders.get(name) ?? gender) === gender;
  }

  /** "the mayor" and Mayor Tom Reid are one person as far as the text lets us tell. */
  private samePerson(a: string, b: string): boolean {
    if (a === b) return true;
    const holds = (name: string, role: string) => {
      const job = role.startsWith('the ') ? role.split(' ').at(-1)! : null;
      return job !== null && (this.titles.get(name) ?? []).some((t) => t.toLowerCase() === job);
    };
    return holds(a, b) || holds(b, a);
  }

  get lastSpeaker(): string | null {
    return this.last;
  }
}
