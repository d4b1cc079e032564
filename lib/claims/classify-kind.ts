import type { ClaimKind } from '@/generated/prisma/enums';
import { figureRange, formatFigure } from '@/lib/figures';
import { DENIAL, promiseEvidence } from './denials-and-promises';
import type { Token } from './nlp';
import { isCasualtyUnit, isSmallCount, type Quantity } from './parse-quantity';

export type KindChoice = { kind: ClaimKind; cue: string };

const words = (list: string) => new Set(list.split(' '));
const HOAX = words('hoax hoaxes rigged scam witch-hunt fabricated fabrication made-up conspiracy');
const HOAX_PHRASES = /\b(?:witch hunt|fake news|made up|cooked up)\b/i;
const AGREEMENT = words(
  'agreed agree agreement agreements treaty accord consensus ceasefire headway progress negotiations talks deal',
);
const FUTURE =
  /\b(?:will|'ll|won't|going to|gonna|expect(?:s|ed)? to|predict(?:s|ed)?|forecast|by 20\d\d)\b/i;
const FIRST_PERSON_PLAN = /\b(?:I|I'm|I am|I'll|we'll|let's|let me)\b/i;
const EVALUATIVE = words(
  'always never best worst greatest great terrible horrible disaster disastrous criminal corrupt fantastic tremendous phenomenal incredible amazing failure failed weak strong hottest biggest everybody nobody everyone relationship rapport wants understood knows',
);

const found = (tokens: Token[], vocabulary: Set<string>) => tokens.find((t) => vocabulary.has(t.lower))?.text;

/**
 * The ClaimKind of a clause and the cue that decided it. Kinds are tried from the most to the least
 * specific, so "7,000 people a week … killed" is a casualty figure before it is a statistic.
 */
export function classifyKind(tokens: Token[], text: string, quantity: Quantity | null): KindChoice {
  const hoax = found(tokens, HOAX) ?? text.match(HOAX_PHRASES)?.[0];
  if (hoax) return { kind: 'HOAX_ASSERTION', cue: `calls something a hoax: “${hoax}”` };
  const denial = text.match(DENIAL)?.[0];
  if (denial) return { kind: 'HOAX_ASSERTION', cue: `denies something checkable: “${denial}”` };
  if (quantity && isCasualtyUnit(quantity.unit))
    return { kind: 'CASUALTY_FIGURE', cue: `counts casualties: ${quantity.unit}` };
  // A promise with a deadline or a figure is checked when the time comes, so it is a prediction before it is a statistic.
  const figure = tokens.find((t) => t.pos === 'NUM')?.text ?? null;
  const promise = promiseEvidence(text, quantity && !isSmallCount(quantity) ? figure : null);
  if (promise) return { kind: 'PREDICTION', cue: `promise or prediction: “${promise}”` };
  if (quantity && !isSmallCount(quantity))
    return {
      kind: 'STATISTIC',
      cue: `states a figure: ${figureRange(quantity.min, quantity.max)} ${quantity.unit}`,
    };
  const agreement = tokens.find(
    (t) => AGREEMENT.has(t.lower) && (t.lower !== 'deal' || t.pos === 'NOUN'),
  )?.text;
  if (agreement) return { kind: 'AGREEMENT', cue: `agreement or negotiation: “${agreement}”` };
  const future = text.match(FUTURE)?.[0];
  if (future && !FIRST_PERSON_PLAN.test(text.slice(0, text.indexOf(future))))
    return { kind: 'PREDICTION', cue: `about the future: “${future}”` };
  const superlative = tokens.find(
    (t) => t.pos === 'ADJ' && t.lower.length > 5 && t.lower.endsWith('est'),
  )?.text;
  const evaluative = found(tokens, EVALUATIVE) ?? superlative;
  if (evaluative) return { kind: 'CHARACTERISATION', cue: `characterises: “${evaluative}”` };
  if (quantity)
    return { kind: 'STATISTIC', cue: `states a figure: ${formatFigure(quantity.max)} ${quantity.unit}` };
  return { kind: 'OTHER', cue: 'no kind cue' };
}
