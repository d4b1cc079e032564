import { z } from 'zod';
import { id, markdownText } from './fields';

export const addNoteSchema = z.object({
  claimId: id('Claim'),
  body: markdownText('Note', 5000),
});

export type AddNoteInput = z.output<typeof addNoteSchema>;
