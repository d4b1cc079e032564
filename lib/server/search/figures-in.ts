/** The figures a text states, normalised ("5,000" and "5000" agree; "70 per cent" gives 70). */
export function figuresIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/gu))
    out.add(m[0].replace(/,(?=\d{3}\b)/gu, '').replace(/\.0+$/u, ''));
  return out;
}
