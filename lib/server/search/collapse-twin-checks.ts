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
  const copies = new Map<string, T[]>();
  for (const m of ranked)
    if (m.publishedAt) {
      const key = twinKey(m.claimReviewed);
      copies.set(key, [...(copies.get(key) ?? []), m]);
    }
  const shown = new Set<string>();
  const out: T[] = [];
  for (const m of ranked) {
    if (!m.publishedAt) {
      out.push(m);
      continue;
    }
    const key = twinKey(m.claimReviewed);
    if (shown.has(key)) continue;
    shown.add(key);
    const original = [...copies.get(key)!].sort(publishedBefore)[0];
    out.push({ ...original, score: m.score });
  }
  return out;
}
