import 'server-only';
import type { EditNoteInput } from '@/lib/validation/note';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/app-error';
import type { ActingUser } from '@/lib/server/acting-user';
import { assertAllowed } from '@/lib/server/access';
import { writeAudit } from '@/lib/server/audit';
import { findNoteForEdit } from './find-note-for-edit';

/** Notes are internal, so an edit applies at once; history keeps what the note said before. */
export async function editNote(user: ActingUser, { noteId, body }: EditNoteInput) {
  assertAllowed(user, 'note.edit');
  return db.$transaction(async (tx) => {
    const note = await findNoteForEdit(tx, noteId);
    if (note.body === body)
      throw new AppError('INVALID', 'Nothing changed: edit the note before saving.', 'body');
    await tx.note.update({ where: { id: noteId }, data: { body } });
    await writeAudit(tx, user, {
      action: 'note.edit',
      entityType: 'Claim',
      entityId: note.claimId,
      before: { noteId, note: note.body },
      after: { note: body },
    });
    return { claimId: note.claimId };
  });
}
