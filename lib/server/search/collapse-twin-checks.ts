/** Claim texts that differ only in quote marks, case or spacing say the same thing. */
export const twinKey = (text: string) =>
  text
    .replace(/["'`´“”‘’„«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

type Ranked = { id: string; score: number; claimReviewed: string; publishedAt: Date | null };

const publishedBefore = (a: Ranked, b: Ranked) =>
  a.publishedAt!.getTime() - b.publishedAt!.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * An archive holds the same published check more than once (a re-import, a copy with other quote
 * marks): "previously checked" lists it once, where its best-scoring copy ranks, as the copy
 * published first, the original that later copies repeat. Unpublished claims are never folded:
 * two drafts of one sentence from two articles are two pieces of desk work.
 */
export function collapseTwinChecks<T extends Ranked>(ranked: T[]): T[] {
  const keys = ranked.map((m) => (m.publishedAt ? twinKey(m.claimReviewed) : null));
  const original = new Map<string, T>();
  ranked.forEach((m, i) => {
    const key = keys[i];
    const first = key === null ? undefined : original.get(key);
    if (key !== null && (!first || publishedBefore(m, first) < 0)) original.set(key, m);
  });
  const shown = new Set<string>();
  return ranked.flatMap((m, i) => {
    const key = keys[i];
    if (key === null) return [m];
    if (shown.has(key)) return [];
    shown.add(key);
    return [{ ...original.get(key)!, score: m.score }];
  });
}
