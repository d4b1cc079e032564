import { z } from 'zod';
import { id, idempotencyKey, markdownText } from './fields';

export const addNoteSchema = z.object({
  claimId: id('Claim'),
  body: markdownText('Note', 5000),
  idempotencyKey,
});
export type AddNoteInput = z.output<typeof addNoteSchema>;

export const editNoteSchema = z.object({ noteId: id('Note'), body: markdownText('Note', 5000) });
export type EditNoteInput = z.output<typeof editNoteSchema>;

export const removeNoteSchema = z.object({ noteId: id('Note') });
export type RemoveNoteInput = z.output<typeof removeNoteSchema>;
