/** "1 claim", "1,204 claims": a count with its noun, for progress lines and buttons. */
export const countOf = (count: number, noun: string) =>
  `${count.toLocaleString('en-GB')} ${noun}${count === 1 ? '' : 's'}`;

/** A count read up to `limit` rows may be more: it says "20+", never a total nobody counted. */
export const countLabel = (count: number, limit: number) =>
  count >= limit ? `${limit.toLocaleString('en-GB')}+` : count.toLocaleString('en-GB');
