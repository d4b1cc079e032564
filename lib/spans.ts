/** A character range of an article's text; claims hold these as their quote's offsets. */
export type Span = { start: number; end: number };

/** The one overlap rule for claims: two spans overlap when they share at least one character. */
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The candidates, in text order, that overlap neither a taken span nor an earlier candidate: what a
 * re-run of extraction may still add. The desk offers exactly these, and the insert keeps exactly these.
 */
export function freshSpans<T extends Span>(candidates: T[], taken: Span[]): T[] {
  const kept: Span[] = [...taken];
  const fresh: T[] = [];
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    if (kept.some((t) => overlaps(c, t))) continue;
    kept.push(c);
    fresh.push(c);
  }
  return fresh;
}
