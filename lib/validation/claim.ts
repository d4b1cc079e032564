import { z } from 'zod';
import { ClaimKind } from '@/generated/prisma/enums';
import { id, optionalNumber, optionalText, requiredText, version } from './fields';

/** Sub-editors aim for a headline-length claim; longer is allowed, never cut. */
export const CLAIM_REVIEWED_GUIDE = 140;
/** Past this the form refuses the wording (it is never shortened for the editor). */
export const CLAIM_REVIEWED_MAX = 300;
/** A claim is a sentence or two of the article, not a whole passage. */
export const SPAN_MAX = 2000;

const offset = (label: string) =>
  z.coerce
    .number<string>({ error: `${label} is missing: select the claim's words in the article.` })
    .int()
    .min(0);

/** What an editor sets on a claim, shared by "edit" and "make a claim from a selection". */
const claimFields = {
  claimReviewed: requiredText('Claim as checked', CLAIM_REVIEWED_MAX),
  speaker: requiredText('Speaker', 200),
  kind: z.enum(ClaimKind, { error: 'Choose the kind of claim.' }),
  quantityMin: optionalNumber('Lowest figure'),
  quantityMax: optionalNumber('Highest figure'),
  quantityUnit: optionalText('Unit', 80),
  quantityPeriod: optionalText('Period', 80),
  start: offset('Start of the span'),
  end: offset('End of the span'),
};

type QuantityFields = {
  quantityMin?: number;
  quantityMax?: number;
  quantityUnit?: string;
  quantityPeriod?: string;
  start: number;
  end: number;
};

/** A figure is all or nothing: both ends and a unit, lowest first. The span must hold at least one character. */
function checkQuantityAndSpan(v: QuantityFields, ctx: z.RefinementCtx) {
  const given =
    v.quantityMin !== undefined ||
    v.quantityMax !== undefined ||
    v.quantityUnit !== undefined ||
    v.quantityPeriod !== undefined;
  if (given) {
    if (v.quantityMin === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['quantityMin'],
        message: 'Give the lowest figure (the same as the highest for a single number).',
      });
    if (v.quantityMax === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['quantityMax'],
        message: 'Give the highest figure (the same as the lowest for a single number).',
      });
    if (v.quantityUnit === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['quantityUnit'],
        message: 'Say what the figure counts, e.g. "people killed".',
      });
    if (v.quantityMin !== undefined && v.quantityMax !== undefined && v.quantityMin > v.quantityMax) {
      ctx.addIssue({
        code: 'custom',
        path: ['quantityMax'],
        message: 'The highest figure must be at least the lowest.',
      });
    }
  }
  if (v.end <= v.start)
    ctx.addIssue({ code: 'custom', path: ['span'], message: 'Select the claim’s words in the article.' });
  else if (v.end - v.start > SPAN_MAX)
    ctx.addIssue({
      code: 'custom',
      path: ['span'],
      message: `Select at most ${SPAN_MAX} characters: a claim is a sentence or two.`,
    });
}

export const editClaimSchema = z
  .object({
    claimId: id('Claim'),
    version,
    ...claimFields,
    correctionNote: optionalText('Correction note', 1000),
  })
  .superRefine(checkQuantityAndSpan);
export type EditClaimInput = z.output<typeof editClaimSchema>;

export const createClaimSchema = z
  .object({
    articleId: id('Article'),
    score: z.coerce.number<string>().min(0).max(1).catch(0),
    ...claimFields,
  })
  .superRefine(checkQuantityAndSpan);
export type CreateClaimInput = z.output<typeof createClaimSchema>;

export const splitClaimSchema = z.object({
  claimId: id('Claim'),
  version,
  at: z.coerce
    .number<string>({ error: 'Choose where to split: click the word the second claim starts with.' })
    .int()
    .min(1, 'Choose where to split: click the word the second claim starts with.'),
  firstClaimReviewed: requiredText('First claim as checked', CLAIM_REVIEWED_MAX),
  secondClaimReviewed: requiredText('Second claim as checked', CLAIM_REVIEWED_MAX),
});
export type SplitClaimInput = z.output<typeof splitClaimSchema>;

export const mergeClaimsSchema = z.object({
  claimId: id('Claim'),
  version,
  duplicateIds: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').filter(Boolean) : []))
    .pipe(z.array(id('Duplicate')).min(1, 'Tick at least one duplicate to merge into this claim.').max(50)),
});
export type MergeClaimsInput = z.output<typeof mergeClaimsSchema>;
