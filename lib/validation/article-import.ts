import { z } from 'zod';
import { ClaimKind, ExtractionDecision } from '@/generated/prisma/enums';
import { id, idempotencyKey, jsonList, noControlCharacters, optionalWebUrl, requiredText } from './fields';

export const MAX_ARTICLE_CHARS = 200_000;

const quantitySchema = z
  .object({
    min: z.number(),
    max: z.number(),
    unit: z.string().max(100),
    period: z.string().max(20).optional(),
  })
  .nullable();

const acceptedClaimSchema = z.object({
  quote: z.string().min(1).max(5_000),
  start: z.int().min(0),
  end: z.int().min(1),
  speaker: requiredText('Speaker', 200),
  kind: z.enum(ClaimKind, { error: 'Choose a kind for every claim.' }),
  score: z.number().min(0).max(1),
  modelVersion: z.string().max(100).optional(),
  claimReviewed: requiredText('Claim as checked', 200),
  quantity: quantitySchema,
});

export type AcceptedClaim = z.output<typeof acceptedClaimSchema>;

/** The review step posts its accepted claims as one JSON field. */
const acceptedClaimsJson = z
  .string({ error: 'Find and accept claims first.' })
  .transform(jsonList('The accepted claims could not be read; find claims again.'))
  .pipe(
    z
      .array(acceptedClaimSchema, { error: 'The accepted claims could not be read; find claims again.' })
      .max(5_000),
  );

const reviewDecisionSchema = z.object({
  sentence: z.string().min(1).max(5_000),
  decision: z.enum(ExtractionDecision),
  score: z.number().min(0).max(1),
  modelVersion: z.string().min(1).max(100),
});

export type ReviewDecision = z.output<typeof reviewDecisionSchema>;

/** The editor's decision on each suggestion seen in review, kept as labelled examples for retraining. */
const reviewDecisionsJson = z
  .string()
  .optional()
  .transform(jsonList('The review decisions could not be read; find claims again.'))
  .pipe(
    z
      .array(reviewDecisionSchema, { error: 'The review decisions could not be read; find claims again.' })
      .max(10_000),
  );

/** Browsers submit textarea line breaks as CRLF; offsets were computed on LF text. */
export const articleText = z
  .string({ error: 'Article text is required.' })
  .transform((t) => t.replace(/\r\n?/g, '\n'))
  .pipe(
    z
      .string()
      .refine((t) => t.trim().length > 0, 'Article text is required.')
      .refine(
        (t) => t.length <= MAX_ARTICLE_CHARS,
        `Article text must be at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters; split longer pieces into parts.`,
      )
      .refine(...noControlCharacters('Article text')),
  );

/** Every claim must sit exactly on the words it quotes, or the highlights would point at the wrong text. */
function claimsMatchText(text: string, claims: AcceptedClaim[], ctx: z.RefinementCtx) {
  const bad = claims.findIndex((c) => c.end <= c.start || text.slice(c.start, c.end) !== c.quote);
  if (bad >= 0)
    ctx.addIssue({
      code: 'custom',
      path: ['claims'],
      message: `Claim ${bad + 1} no longer matches the article text; the text was edited after claims were found. Find claims again.`,
    });
}

export const importArticleSchema = z
  .object({
    title: requiredText('Title', 300),
    outlet: requiredText('Outlet', 200),
    publishedAt: z.iso
      .date({ error: 'Publication date is required (YYYY-MM-DD).' })
      .transform((d) => new Date(`${d}T00:00:00Z`)),
    url: optionalWebUrl('Article URL'),
    text: articleText,
    claims: acceptedClaimsJson,
    idempotencyKey,
    decisions: reviewDecisionsJson,
  })
  .superRefine((v, ctx) => claimsMatchText(v.text, v.claims, ctx));

export type ImportArticleInput = z.output<typeof importArticleSchema>;

export const addExtractedClaimsSchema = z.object({
  articleId: id('Article'),
  claims: acceptedClaimsJson,
  decisions: reviewDecisionsJson,
});

export type AddExtractedClaimsInput = z.output<typeof addExtractedClaimsSchema>;
