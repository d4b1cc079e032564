import { z } from 'zod';
import { ClaimKind } from '@/generated/prisma/enums';
import { id, requiredText } from './fields';

/** "Turned into a claim" is not offered here: only turning the message into a claim sets it. */
export const triageReaderMessageSchema = z.object({
  submissionId: id('Message'),
  status: z.enum(['NEW', 'ANSWERED', 'DISMISSED'], { error: 'Choose new, answered or dismissed.' }),
});
export type TriageReaderMessageInput = z.output<typeof triageReaderMessageSchema>;

export const turnMessageIntoClaimSchema = z.object({
  submissionId: id('Message'),
  claimReviewed: requiredText('Claim as checked', 200),
  speaker: requiredText('Who said it', 200),
  kind: z.enum(ClaimKind, { error: 'Choose a kind.' }),
});
export type TurnMessageIntoClaimInput = z.output<typeof turnMessageIntoClaimSchema>;
