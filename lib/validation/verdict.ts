import { z } from 'zod';
import { Rating } from '@/generated/prisma/enums';
import { id, markdownText, optionalText, requiredText, version } from './fields';

export const saveVerdictSchema = z.object({
  claimId: id('Claim'),
  version,
  rating: z.enum(Rating, { error: 'Choose a rating.' }),
  conclusion: requiredText('Conclusion', 200).refine(
    (v) => !v.includes('\n'),
    'Conclusion must be one line.',
  ),
  rationale: markdownText('Rationale', 20000),
  correctionNote: optionalText('Correction note', 1000),
});

export type SaveVerdictInput = z.output<typeof saveVerdictSchema>;
