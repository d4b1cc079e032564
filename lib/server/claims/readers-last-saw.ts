import 'server-only';
import type { Rating } from '@/generated/prisma/enums';
import type { Tx } from '../db';

type Shown = { rating: Rating; conclusion: string };

/** The verdict readers saw last: the published one, or the one shown before an unpublish. */
export async function readersLastSaw(
  tx: Tx,
  claim: { publishedVerdictId: string | null; lastPublishedVerdictId: string | null },
) {
  const id = claim.publishedVerdictId ?? claim.lastPublishedVerdictId;
  return id
    ? tx.verdict.findUnique({ where: { id }, select: { id: true, rating: true, conclusion: true } })
    : null;
}

/** A rating or conclusion readers did not see is a correction; a rationale fix alone is not. */
export function changesWhatReadersSaw(seen: Shown, next: Shown): boolean {
  return seen.rating !== next.rating || seen.conclusion.trim() !== next.conclusion.trim();
}
