/**
 * The "— Name (@handle) Month D, YYYY" line a copied post ends with. Quoted posts carry their own,
 * mid-text, and some copies use a hyphen or a two-digit year, so it is matched anywhere.
 */
const SIGNATURE = /\s*[—–-]\s*([^—–()\n]{0,80})\(@\w+\)\s*[A-Z][a-z]+ \d{1,2}, \d{2,4}/gu;

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
