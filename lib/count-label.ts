/** A count read up to `limit` rows may be more: it says "20+", never a total nobody counted. */
export const countLabel = (count: number, limit: number) =>
  count >= limit ? `${limit.toLocaleString('en-GB')}+` : count.toLocaleString('en-GB');
