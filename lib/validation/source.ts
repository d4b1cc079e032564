import { z } from 'zod';
import { SourceKind, Stance } from '@/generated/prisma/enums';
import {
  id,
  idempotencyKey,
  optionalDate,
  optionalNumber,
  optionalText,
  optionalWebUrl,
  requiredText,
  webUrl,
} from './fields';

const sourceFields = {
  url: webUrl('Source URL'),
  title: requiredText('Title', 300),
  publisher: requiredText('Publisher', 200),
  publishedAt: optionalDate('Publication date'),
  archiveUrl: optionalWebUrl('Archive URL'),
  kind: z.enum(SourceKind, { error: 'Choose the kind of source.' }),
  stance: z.enum(Stance, { error: 'Choose whether the source supports, contradicts or gives context.' }),
  excerpt: optionalText('Quoted excerpt', 2000),
  figure: optionalNumber('Figure'),
};

export const addSourceSchema = z.object({ claimId: id('Claim'), ...sourceFields, idempotencyKey });
export type AddSourceInput = z.output<typeof addSourceSchema>;

/** A source readers already see changes only through a correction, so its edit and removal may need a note. */
const correctionNote = optionalText('Correction note', 1000);

export const editSourceSchema = z.object({ sourceId: id('Source'), ...sourceFields, correctionNote });
export type EditSourceInput = z.output<typeof editSourceSchema>;

export const removeSourceSchema = z.object({ sourceId: id('Source'), correctionNote });
export type RemoveSourceInput = z.output<typeof removeSourceSchema>;
