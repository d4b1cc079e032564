import 'server-only';
import type { Tx } from '@/lib/server/db';
import { describeQuantity, type ClaimEditColumns } from './claim-edit-columns';

/** What history shows of a claim edit: readable values (speaker name, figure as text), not ids. */
export async function auditView(tx: Tx, c: ClaimEditColumns) {
  const speaker = await tx.speaker.findUnique({ where: { id: c.speakerId }, select: { name: true } });
  return {
    claimReviewed: c.claimReviewed,
    speaker: speaker?.name ?? null,
    kind: c.kind,
    quantity: describeQuantity(c),
    quote: c.quote,
  };
}

/** Only the fields that changed, so the history entry reads as the edit the editor made. */
export function changedOnly(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((k) => before[k] !== after[k]);
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, after[k] ?? null])),
  };
}
