import { z } from 'zod';

// In the browser zod probes for eval (`Function("")`) to compile its parsers; the nonce CSP refuses
// eval, and Chromium reports each refused probe as a violation. The interpreted parser is fast enough for forms.
if (typeof window !== 'undefined') z.config({ jitless: true });

// Postgres cannot store NUL, and the other C0/C1 controls are invisible in every view of the text;
// tab, line feed and carriage return are ordinary text.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** The check every free-text field makes, with its message under the field. */
export const noControlCharacters = (label: string) =>
  [
    (v: string | undefined) => v === undefined || !CONTROL_CHARACTER.test(v),
    `${label} contains an invisible control character (such as a NUL byte) that cannot be saved; remove it and save again.`,
  ] as const;

/** A required one-line text field, trimmed. */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`)
    .refine(...noControlCharacters(label));

/** FormData sends empty inputs as ""; treat them as absent. */
export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .refine(...noControlCharacters(label))
    .optional()
    .transform((v) => v || undefined)
    .optional();

export const webUrl = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(2000, `${label} must be at most 2000 characters.`)
    .refine(...noControlCharacters(label))
    .pipe(
      z.url({
        protocol: /^https?$/,
        error: `${label} must be a full web address starting with http:// or https://.`,
      }),
    );

export const optionalWebUrl = (label: string) =>
  z
    .string()
    .trim()
    .refine(...noControlCharacters(label))
    .optional()
    .transform((v) => v || undefined)
    .pipe(
      z
        .url({
          protocol: /^https?$/,
          error: `${label} must be a full web address starting with http:// or https://.`,
        })
        .max(2000)
        .optional(),
    );

/**
 * Markdown that is later rendered sanitised; raw <script> is refused outright so the editor learns
 * it will not run rather than seeing it silently vanish.
 */
export const markdownText = (label: string, max: number) =>
  requiredText(label, max).refine(
    (v) => !/<\s*script/i.test(v),
    `${label} cannot contain <script> tags; write plain text or Markdown.`,
  );

export const id = (label = 'Record') =>
  z
    .string({ error: `${label} is missing.` })
    .min(1, `${label} is missing.`)
    .max(64)
    .refine(...noControlCharacters(label));

/** One per rendering of a form (components/forms/action-form.tsx): the same submission sent twice is stored once. */
export const idempotencyKey = z.uuid().optional();

export const version = z.coerce.number({ error: 'The form is out of date; reload the page.' }).int().min(1);

/** Postgres has no year 0 and nothing here predates 1900; such a date is a typo, refused under the field. */
export const MIN_YEAR = 1900;

export const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(
      z.iso
        .date({ error: `${label} must be a date (YYYY-MM-DD).` })
        .refine((d) => Number(d.slice(0, 4)) >= MIN_YEAR, `${label} must be in ${MIN_YEAR} or later.`)
        .transform((d) => new Date(`${d}T00:00:00Z`))
        .optional(),
    );

export const optionalNumber = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replaceAll(',', '') : undefined))
    .pipe(
      z.coerce
        .number<string>({ error: `${label} must be a number.` })
        .finite(`${label} must be a number.`)
        .optional(),
    );

/**
 * Reads a list a form posts as one JSON field (the import review's claims, the chosen files);
 * `unreadable` tells the editor what to do when it is not JSON. An absent or empty field is an empty list.
 */
export const jsonList =
  (unreadable: string) =>
  (raw: string | undefined, ctx: z.RefinementCtx): unknown => {
    try {
      return JSON.parse(raw || '[]');
    } catch {
      ctx.addIssue({ code: 'custom', message: unreadable });
      return z.NEVER;
    }
  };
