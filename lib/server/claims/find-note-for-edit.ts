import 'server-only';
import type { Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/app-error';

export async function findNoteForEdit(tx: Tx, noteId: string) {
  const note = await tx.note.findUnique({ where: { id: noteId } });
  if (!note) throw new AppError('NOT_FOUND', 'No such note.');
  if (note.removedAt) throw new AppError('CONFLICT', 'Someone removed this note while you were working.');
  return note;
}
