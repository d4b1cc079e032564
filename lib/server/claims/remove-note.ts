import 'server-only';
import type { RemoveNoteInput } from '@/lib/validation/note';
import { db } from '@/lib/server/db';
import type { ActingUser } from '@/lib/server/acting-user';
import { assertAllowed } from '@/lib/server/access';
import { writeAudit } from '@/lib/server/audit';
import { findNoteForEdit } from './find-note-for-edit';

/** A soft delete: the note leaves the claim page and reports; history keeps what it said. */
export async function removeNote(user: ActingUser, { noteId }: RemoveNoteInput) {
  assertAllowed(user, 'note.remove');
  return db.$transaction(async (tx) => {
    const note = await findNoteForEdit(tx, noteId);
    await tx.note.update({ where: { id: noteId }, data: { removedAt: new Date() } });
    await writeAudit(tx, user, {
      action: 'note.remove',
      entityType: 'Claim',
      entityId: note.claimId,
      before: { noteId, note: note.body },
    });
    return { claimId: note.claimId };
  });
}
