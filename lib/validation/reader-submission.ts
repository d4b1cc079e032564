import { z } from 'zod';
import { SubmissionKind } from '@/generated/prisma/enums';
import { idempotencyKey, optionalText, optionalWebUrl, requiredText } from './fields';

export const readerSubmissionSchema = z.object({
  kind: z.enum(SubmissionKind, {
    error: 'Tell us whether you are suggesting a claim or reporting an error.',
  }),
  message: requiredText('Your message', 3000).refine(
    (v) => v.length >= 10,
    'Please tell us a little more (at least 10 characters).',
  ),
  url: optionalWebUrl('Link'),
  email: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.email('Enter a valid email address, or leave it empty.').optional()),
  claimSlug: optionalText('Verdict', 200),
  // The honeypot: people never see this field, form-filling bots do.
  website: z.string().optional(),
  idempotencyKey,
});

export type ReaderSubmissionInput = z.output<typeof readerSubmissionSchema>;
