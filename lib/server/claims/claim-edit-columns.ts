import { z } from 'zod';
import { ClaimKind } from '@/generated/prisma/enums';
import { describeFigure } from '@/lib/figures';

/**
 * The columns an edit sets. On a published claim they wait as JSON in `pendingEdit` until the
 * correction is published, so the same shape is parsed back from there.
 */
export const claimEditColumns = z.object({
  claimReviewed: z.string(),
  speakerId: z.string(),
  kind: z.enum(ClaimKind),
  quantityMin: z.number().nullable(),
  quantityMax: z.number().nullable(),
  quantityUnit: z.string().nullable(),
  quantityPeriod: z.string().nullable(),
  startOffset: z.number().int(),
  endOffset: z.number().int(),
  quote: z.string(),
});
export type ClaimEditColumns = z.infer<typeof claimEditColumns>;

export function pendingEditOf(json: unknown): ClaimEditColumns | null {
  const parsed = claimEditColumns.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export function editColumnsOf(claim: ClaimEditColumns): ClaimEditColumns {
  return claimEditColumns.parse(claim);
}

/** "5,000–7,000 people killed per week", for history and previews. */
export function describeQuantity(
  c: Pick<ClaimEditColumns, 'quantityMin' | 'quantityMax' | 'quantityUnit' | 'quantityPeriod'>,
): string | null {
  if (c.quantityMin === null || c.quantityMax === null) return null;
  return describeFigure(c.quantityMin, c.quantityMax, c.quantityUnit, c.quantityPeriod);
}
