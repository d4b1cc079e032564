export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_YEAR = new RegExp(
  `\\b(${MONTH_NAMES.join('|')})\\s+(?:\\d{1,2},?\\s+)?(19\\d\\d|20\\d\\d)\\b`,
  'giu',
);

/**
 * The months a text dates things to (year × 12 + month from 0): "in August 2019", "on 27 May 2019",
 * "May 27, 2019". Fact-checks date what they check, and a post repeats a claim while it is news.
 */
export function statedMonths(text: string): Set<number> {
  const months = new Set<number>();
  for (const m of text.matchAll(MONTH_YEAR))
    months.add(Number(m[2]) * 12 + MONTH_NAMES.indexOf(m[1].toLowerCase()));
  return months;
}
