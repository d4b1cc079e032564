const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  tn: 1e12,
  dozen: 12,
};

const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  halves: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  tenth: 1 / 10,
  tenths: 1 / 10,
};

export const isSmallNumberWord = (word: string) => word in SMALL;
export const isScaleWord = (word: string) => word in SCALES;
export const fractionOf = (word: string): number | undefined => FRACTIONS[word];

/** "twelve" → 12; NaN for anything else. */
export const wordValue = (word: string): number => (word in SMALL ? SMALL[word] : NaN);

/** "5,000" → 5000, "1.5" → 1.5; NaN for anything else. */
export function digitsValue(word: string): number {
  return /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(word) ? Number(word.replaceAll(',', '')) : NaN;
}

/**
 * Folds a run of number words into one value the way English composes them:
 * "two million" → 2,000,000; "one hundred and twelve" → 112; "twenty five thousand" → 25,000.
 */
export function composeNumberWords(words: string[]): number {
  let total = 0;
  let group = 0;
  for (const word of words) {
    if (word in SMALL) group += SMALL[word];
    else if (word === 'hundred') group = (group || 1) * 100;
    else if (word in SCALES) {
      total += (group || 1) * SCALES[word];
      group = 0;
    }
  }
  return total + group;
}
