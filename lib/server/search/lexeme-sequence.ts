/** The words of a tsvector's text form ('word':1A,4B …) in position order, for phrase overlap. */
export function lexemeSequence(vector: string | null): string[] {
  if (!vector) return [];
  const at: [number, string][] = [];
  for (const m of vector.matchAll(/'((?:[^']|'')+)'(?::([\dA-D,]+))?/gu)) {
    const word = m[1].replace(/''/g, "'");
    for (const p of (m[2] ?? '').split(',').filter(Boolean)) at.push([Number.parseInt(p, 10), word]);
  }
  return at.sort((a, b) => a[0] - b[0]).map(([, w]) => w);
}

export function bigrams(words: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}
