import 'server-only';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { seesNotes } from '../access';

/** A stored before/after without the words of an internal note (an edit or removal keeps them). */
function withoutNoteText(state: unknown) {
  if (!state || typeof state !== 'object' || !('note' in state)) return state;
  const rest: Record<string, unknown> = { ...state };
  delete rest.note;
  return rest;
}

/**
 * A claim's heading and every audit event about it and the duplicates merged into it, newest first,
 * with who made it. Those who may not read internal notes learn that a note was edited or removed,
 * not what it said.
 */
export async function getClaimHistory(reader: ActingUser, claimId: string) {
  const duplicates = await db.claim.findMany({ where: { mergedIntoId: claimId }, select: { id: true } });
  const [claim, events] = await Promise.all([
    db.claim.findUnique({
      where: { id: claimId },
      select: { id: true, claimReviewed: true, article: { select: { id: true, title: true } } },
    }),
    db.auditEvent.findMany({
      where: { entityType: 'Claim', entityId: { in: [claimId, ...duplicates.map((d) => d.id)] } },
      orderBy: { createdAt: 'desc' },
      include: { actor: { select: { name: true } } },
    }),
  ]);
  if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
  if (seesNotes(reader)) return { claim, events };
  return {
    claim,
    events: events.map((e) => ({ ...e, before: withoutNoteText(e.before), after: withoutNoteText(e.after) })),
  };
}
