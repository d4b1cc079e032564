import { z } from 'zod';
import { ClaimStatus, VoteDecision } from '@/generated/prisma/enums';
import { id, noControlCharacters, optionalText, requiredText, version } from './fields';

export const changeStatusSchema = z.object({
  claimId: id('Claim'),
  version,
  to: z.enum(ClaimStatus, { error: 'Choose a status.' }),
  reason: optionalText('Reason', 500),
});
export type ChangeStatusInput = z.output<typeof changeStatusSchema>;

export const castVoteSchema = z
  .object({
    claimId: id('Claim'),
    verdictId: id('Verdict'),
    decision: z.enum(VoteDecision, { error: 'Approve or reject.' }),
    comment: z
      .string()
      .trim()
      .max(2000, 'Comment must be at most 2000 characters.')
      .refine(...noControlCharacters('Comment'))
      .default(''),
  })
  .refine((v) => v.decision === 'APPROVE' || v.comment.length > 0, {
    path: ['comment'],
    message: 'Say what needs fixing when you reject a verdict.',
  });
export type CastVoteInput = z.output<typeof castVoteSchema>;

export const publishSchema = z.object({ claimId: id('Claim'), verdictId: id('Verdict'), version });
export type PublishInput = z.output<typeof publishSchema>;

export const unpublishSchema = z.object({
  claimId: id('Claim'),
  version,
  reason: requiredText('Reason', 500),
});
export type UnpublishInput = z.output<typeof unpublishSchema>;

export const assignSchema = z.object({
  claimId: id('Claim'),
  assigneeId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || null),
});
export type AssignInput = z.output<typeof assignSchema>;
