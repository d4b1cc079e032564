import 'server-only';
import type { AddNoteInput } from '@/lib/validation/note';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { claimIdempotencyKey } from '../idempotency-key';

export async function addNote(user: ActingUser, { claimId, body, idempotencyKey }: AddNoteInput) {
  assertAllowed(user, 'note.add');
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
    await claimIdempotencyKey(tx, idempotencyKey, 'note.add');
    const note = await tx.note.create({ data: { claimId, body, authorId: user.id } });
    await writeAudit(tx, user, {
      action: 'note.add',
      entityType: 'Claim',
      entityId: claimId,
      after: { noteId: note.id },
    });
    return note;
  });
}
