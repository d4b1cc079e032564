import { z } from 'zod';
import { id, idempotencyKey, markdownText } from './fields';

export const addNoteSchema = z.object({
  claimId: id('Claim'),
  body: markdownText('Note', 5000),
  idempotencyKey,
});

export type AddNoteInput = z.output<typeof addNoteSchema>;
