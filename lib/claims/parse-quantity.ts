import { analyse, type Token } from './nlp';
import {
  composeNumberWords,
  digitsValue,
  fractionOf,
  isScaleWord,
  isSmallNumberWord,
  SCALES,
  wordValue,
} from './number-words';

export type Quantity = { min: number; max: number; unit: string; period?: string };

type Figure = {
  values: number[];
  percent: boolean;
  currency?: string;
  first: number;
  last: number;
  fromWords: boolean;
};

const CURRENCIES: Record<string, string> = { $: 'dollars', '£': 'pounds', '€': 'euros' };
const PERIODS = new Set(['day', 'week', 'month', 'year']);
const PERIOD_ADVERBS: Record<string, string> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  annually: 'year',
  yearly: 'year',
};
const PERIOD_LEADS = new Set(['a', 'an', 'per', 'each', 'every']);
const CONNECTORS = new Set([',', 'or', 'to', 'and', '-', '–', '—']);
// What happened to the people counted decides the unit: "7,000 people … killed" is a different figure from "7,000 people".
const FATES: [RegExp, string][] = [
  [/^(killed|murdered|slaughtered|massacred|executed)$/, 'killed'],
  [/^(died|dead|dying|die|deaths?|fatalities|casualties)$/, 'dead'],
  [/^(wounded|injured)$/, 'wounded'],
];
const COUNTED_AS_FATE = /^(deaths|casualties|fatalities|victims)$/;

const SMALL_COUNT_UNITS = new Set(
  'years year months month days day weeks week hours minutes times cases things issues points ways people'.split(
    ' ',
  ),
);

/** "two things" or "four years" rarely needs checking; large, exact, percentage and money figures do. */
export function isSmallCount({ max, unit }: Quantity): boolean {
  if (unit === 'percent' || unit === 'dollars' || unit === 'pounds' || unit === 'euros') return false;
  return max < 10 || (SMALL_COUNT_UNITS.has(unit) && max < 100);
}

/** A count of people killed, dead or wounded: "people killed", "deaths", "casualties". */
export const isCasualtyUnit = (unit: string) =>
  /\b(?:killed|dead|wounded|deaths|casualties|fatalities)$/.test(unit);

const round = (n: number) => Math.round(n * 100) / 100;

function readFraction(tokens: Token[], i: number): Figure | null {
  const lead = tokens[i].lower;
  if (lead === 'half' && tokens[i + 1]?.lower === 'of')
    return { values: [50], percent: true, first: i, last: i, fromWords: true };
  const numerator =
    lead === 'a' || lead === 'an' ? 1 : Number.isNaN(wordValue(lead)) ? digitsValue(lead) : wordValue(lead);
  let j = i + 1;
  if (tokens[j]?.text === '-') j++;
  const fraction = Number.isNaN(numerator) ? undefined : fractionOf(tokens[j]?.lower ?? '');
  if (fraction === undefined) return null;
  return { values: [round(numerator * fraction * 100)], percent: true, first: i, last: j, fromWords: true };
}

function readWords(tokens: Token[], i: number): Figure | null {
  const words: string[] = [];
  let j = i;
  if ((tokens[j].lower === 'a' || tokens[j].lower === 'an') && isScaleWord(tokens[j + 1]?.lower ?? '')) {
    words.push('one');
    j++;
  }
  for (; j < tokens.length; j++) {
    const word = tokens[j].lower;
    const joinsNumbers =
      (word === '-' || word === 'and') && words.length > 0 && isSmallNumberWord(tokens[j + 1]?.lower ?? '');
    if (isSmallNumberWord(word) || (isScaleWord(word) && words.length > 0 && word.length > 2))
      words.push(word);
    else if (!joinsNumbers) break;
  }
  if (words.length === 0) return null;
  return { values: [composeNumberWords(words)], percent: false, first: i, last: j - 1, fromWords: true };
}

function readDigits(tokens: Token[], i: number): Figure | null {
  let j = i;
  const currency = CURRENCIES[tokens[j].text];
  if (currency) j++;
  const parts = (tokens[j]?.text ?? '').split(/[-–]/);
  const values = parts.map(digitsValue);
  if (values.length > 2 || values.some(Number.isNaN)) return null;
  let scale = 1;
  // "m" and "k" are metres and kilos as often as millions and thousands, unless money is being counted.
  const scales = (word: string) =>
    isScaleWord(word) && (currency !== undefined || (word !== 'm' && word !== 'k'));
  while (scales(tokens[j + 1]?.lower ?? '')) scale *= SCALES[tokens[++j].lower];
  return {
    values: values.map((v) => v * scale),
    percent: false,
    currency,
    first: i,
    last: j,
    fromWords: false,
  };
}

// Most tokens cannot start a figure; checking that first keeps long imports fast.
const mayStartFigure = ({ text, lower }: Token) =>
  /^[\d$£€]/.test(text) || isSmallNumberWord(lower) || lower === 'a' || lower === 'an' || lower === 'half';

function readFigure(tokens: Token[], i: number): Figure | null {
  if (!mayStartFigure(tokens[i])) return null;
  const figure = readFraction(tokens, i) ?? readDigits(tokens, i) ?? readWords(tokens, i);
  if (!figure) return null;
  const next = tokens[figure.last + 1]?.lower;
  if (next === '%' || next === 'percent') return { ...figure, percent: true, last: figure.last + 1 };
  if (next === 'per' && tokens[figure.last + 2]?.lower === 'cent')
    return { ...figure, percent: true, last: figure.last + 2 };
  return figure;
}

const isYear = (f: Figure, tokens: Token[]) =>
  !f.fromWords &&
  !f.currency &&
  !f.percent &&
  f.values.length === 1 &&
  /^\d{4}$/.test(tokens[f.last].text) &&
  f.values[0] >= 1800 &&
  f.values[0] <= 2100;

function unitAfter(tokens: Token[], figure: Figure): string | undefined {
  if (figure.percent) return 'percent';
  if (figure.currency) return figure.currency;
  for (let j = figure.last + 1; j < Math.min(tokens.length, figure.last + 4); j++) {
    const { pos, lower } = tokens[j];
    if (pos === 'NOUN' || (pos === 'PROPN' && lower.endsWith('s'))) return lower;
    if (pos !== 'ADJ' && pos !== 'ADV') return undefined;
  }
  return undefined;
}

// "met a year early", "a week ago": when something happened, not how often.
const WHEN_NOT_HOW_OFTEN = new Set(['early', 'earlier', 'late', 'later', 'ago', 'before', 'after', 'sooner']);

function periodIn(tokens: Token[]): string | undefined {
  for (let j = 0; j < tokens.length; j++) {
    const word = tokens[j].lower;
    // "a daily pill" describes the pill; "£5 million annually" is a rate.
    if (word in PERIOD_ADVERBS && tokens[j + 1]?.pos !== 'NOUN') return PERIOD_ADVERBS[word];
    const rate =
      PERIOD_LEADS.has(word) &&
      PERIODS.has(tokens[j + 1]?.lower ?? '') &&
      !WHEN_NOT_HOW_OFTEN.has(tokens[j + 2]?.lower ?? '');
    if (rate) return tokens[j + 1].lower;
  }
  return undefined;
}

function fateIn(tokens: Token[]): string | undefined {
  for (const { lower } of tokens) for (const [pattern, fate] of FATES) if (pattern.test(lower)) return fate;
  return undefined;
}

/** Groups figures that only a list or range connector separates: "5,000, 6,000, 7,000" or "between 5 and 10". */
function figureGroups(tokens: Token[]): Figure[][] {
  const groups: Figure[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const figure = readFigure(tokens, i);
    if (
      !figure ||
      isYear(figure, tokens) ||
      (figure.fromWords && figure.values[0] === 1 && !figure.percent)
    ) {
      i++;
      continue;
    }
    const last = groups.at(-1)?.at(-1);
    const between = last ? tokens.slice(last.last + 1, figure.first) : [];
    if (last && between.length <= 2 && between.length > 0 && between.every((t) => CONNECTORS.has(t.lower)))
      groups.at(-1)!.push(figure);
    else groups.push([figure]);
    i = figure.last + 1;
  }
  return groups;
}

/** The figure a clause asserts, normalised: "5,000, 6,000, 7,000 people a week … killed" → 5000–7000 people killed per week. */
export function quantityFromTokens(tokens: Token[]): Quantity | null {
  const groups = figureGroups(tokens);
  if (groups.length === 0) return null;
  const withUnit = groups.map((group) => ({ group, unit: unitAfter(tokens, group.at(-1)!) }));
  const { group, unit } = withUnit.find((g) => g.unit) ?? withUnit[0];
  const values = group.flatMap((f) => f.values);
  const fate = fateIn(tokens);
  const counted = unit ?? 'count';
  const needsFate = fate && counted !== 'percent' && !group[0].currency && !COUNTED_AS_FATE.test(counted);
  const quantity: Quantity = {
    min: Math.min(...values),
    max: Math.max(...values),
    unit: needsFate ? `${counted} ${fate}` : counted,
  };
  const period = periodIn(tokens);
  if (period) quantity.period = period;
  return quantity;
}

/** Reads the figure a sentence asserts; null when it has none. */
export function parseQuantity(sentence: string): Quantity | null {
  return quantityFromTokens(analyse(sentence).flatMap((s) => s.tokens));
}
