/** Each extra word costs as much as a word this far down the frequency list, so fewer words win. */
const WORD_COST = Math.log(1000);
/**
 * Only common words of three letters or more make a split: with rare and short words nearly any
 * name splits into something ("kendallybrown" → "ken dally brown").
 */
const COMMON = 20_000;
const SHORTEST = 3;
const LONGEST = 20;

/**
 * A run-together lowercase hashtag split into the words a vocabulary knows ("#poisonwaterbottles"
 * → "poison water bottles"), choosing the split whose words are most frequent (`rank`: a word's
 * place in a frequency list, most frequent first). Null when the text is itself a word or no split
 * into common words exists. Written here (a short dynamic programme) rather than taken from a
 * word-segmentation package because those ship their own dictionaries, and the word vectors'
 * vocabulary is already in memory.
 */
export function splitRunTogether(text: string, rank: Map<string, number>): string[] | null {
  if (rank.has(text)) return null;
  const n = text.length;
  const cost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(n + 1);
  cost[0] = 0;
  for (let end = SHORTEST; end <= n; end++)
    for (let start = Math.max(0, end - LONGEST); start <= end - SHORTEST; start++) {
      const row = rank.get(text.slice(start, end));
      if (row === undefined || row >= COMMON || cost[start] === Number.POSITIVE_INFINITY) continue;
      const c = cost[start] + WORD_COST + Math.log(row + 2);
      if (c < cost[end]) {
        cost[end] = c;
        from[end] = start;
      }
    }
  if (cost[n] === Number.POSITIVE_INFINITY) return null;
  const words: string[] = [];
  for (let end = n; end > 0; end = from[end]) words.unshift(text.slice(from[end], end));
  return words.length > 1 ? words : null;
}
