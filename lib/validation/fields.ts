import { z } from 'zod';

/** A required one-line text field, trimmed. */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);

/** FormData sends empty inputs as ""; treat them as absent. */
export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional()
    .transform((v) => v || undefined)
    .optional();

export const webUrl = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(2000, `${label} must be at most 2000 characters.`)
    .pipe(z.url({ protocol: /^https?$/, error: `${label} must be a full web address starting with http:// or https://.` }));

export const optionalWebUrl = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.url({ protocol: /^https?$/, error: `${label} must be a full web address starting with http:// or https://.` }).max(2000).optional());

/**
 * Markdown that is later rendered sanitised; raw <script> is refused outright so the editor learns
 * it will not run rather than seeing it silently vanish.
 */
export const markdownText = (label: string, max: number) =>
  requiredText(label, max).refine((v) => !/<\s*script/i.test(v), `${label} cannot contain <script> tags; write plain text or Markdown.`);

export const id = (label = 'Record') => z.string({ error: `${label} is missing.` }).min(1, `${label} is missing.`).max(64);

export const version = z.coerce.number({ error: 'The form is out of date; reload the page.' }).int().min(1);

export const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.iso.date({ error: `${label} must be a date (YYYY-MM-DD).` }).transform((d) => new Date(`${d}T00:00:00Z`)).optional());

export const optionalNumber = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replaceAll(',', '') : undefined))
    .pipe(z.coerce.number<string>({ error: `${label} must be a number.` }).finite(`${label} must be a number.`).optional());
