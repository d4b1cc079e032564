import { z } from 'zod';
import { SourceKind, Stance } from '@/generated/prisma/enums';
import { id, idempotencyKey, optionalDate, optionalNumber, optionalText, optionalWebUrl, requiredText, webUrl } from './fields';

export const addSourceSchema = z.object({
  claimId: id('Claim'),
  url: webUrl('Source URL'),
  title: requiredText('Title', 300),
  publisher: requiredText('Publisher', 200),
  publishedAt: optionalDate('Publication date'),
  archiveUrl: optionalWebUrl('Archive URL'),
  kind: z.enum(SourceKind, { error: 'Choose the kind of source.' }),
  stance: z.enum(Stance, { error: 'Choose whether the source supports, contradicts or gives context.' }),
  excerpt: optionalText('Quoted excerpt', 2000),
  figure: optionalNumber('Figure'),
  idempotencyKey,
});

export type AddSourceInput = z.output<typeof addSourceSchema>;
