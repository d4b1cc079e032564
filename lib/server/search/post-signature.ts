import { MONTH_NAMES } from './stated-dates';

/**
 * The "— Name (@handle) Month D, YYYY" line a copied post ends with. Quoted posts carry their own,
 * mid-text, and some copies use a hyphen or a two-digit year, so it is matched anywhere.
 */
const SIGNATURE = /\s*[—–-]\s*([^—–()\n]{0,80})\(@\w+\)\s*([A-Z][a-z]+) \d{1,2}, (\d{2,4})/gu;

export function withoutSignatures(text: string): string {
  return text.replace(SIGNATURE, ' ');
}

/**
 * The words of the posters' names (lowercase, three letters or more). Fact-checks are often about
 * what the poster said or did, so a candidate naming them is more likely the one repeated.
 */
export function posterNameWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(SIGNATURE))
    for (const w of m[1].toLowerCase().match(/\p{L}{3,}/gu) ?? []) out.add(w);
  return out;
}

/**
 * The month the post was written (year × 12 + month from 0), from its signatures: the latest, since
 * a quoted post is older than the post quoting it. Null when the text carries no signature.
 */
export function postedMonth(text: string): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(SIGNATURE)) {
    // The first three letters name the month, however the signature spells it.
    const month = MONTH_NAMES.findIndex((name) => name.startsWith(m[2].slice(0, 3).toLowerCase()));
    const year = Number(m[3]) + (m[3].length === 2 ? 2000 : 0);
    if (month >= 0 && (latest === null || year * 12 + month > latest)) latest = year * 12 + month;
  }
  return latest;
}
