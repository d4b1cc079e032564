import 'server-only';
import { db } from '@/lib/server/db';
import type { ActingUser } from '@/lib/server/acting-user';
import { describeQuantity, pendingEditOf } from './claim-edit-columns';

/** The edit of a published claim that waits for its correction, as editors read it; null when none waits. */
export async function getPendingEdit(_reader: ActingUser, claim: { pendingEdit: unknown }) {
  const pending = pendingEditOf(claim.pendingEdit);
  if (!pending) return null;
  const speaker = await db.speaker.findUnique({ where: { id: pending.speakerId }, select: { name: true } });
  return {
    claimReviewed: pending.claimReviewed,
    speaker: speaker?.name ?? '',
    kind: pending.kind,
    quantity: describeQuantity(pending),
    quote: pending.quote,
  };
}
