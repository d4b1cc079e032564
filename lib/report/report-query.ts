import { z } from 'zod';
import { ClaimStatus, Rating } from '@/generated/prisma/enums';
import type { ReportScope } from './report-claim';
import { MIN_YEAR } from '@/lib/validation/fields';
import { REPORT_FORMAT_KEYS } from './formats';
import { reportsApiPath } from '@/lib/routes';

// Shared by the route (validation) and the export page (building links), so both speak the same query.

const list = (values: readonly string[]) => values.join(', ');
// An empty form field arrives as "", which means "no filter", not an invalid value.
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());
const isoDay = (name: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${name} must be a date as YYYY-MM-DD.`, abort: true })
    .refine(
      (v) =>
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      { error: `${name} is not a valid date.`, abort: true },
    )
    // Postgres has no year 0 (the query would fail with a 500); no claim predates 1900.
    .refine((v) => Number(v.slice(0, 4)) >= MIN_YEAR, `${name} must be in ${MIN_YEAR} or later.`);

export const reportQuerySchema = z
  .object({
    format: z.preprocess(
      blank,
      z
        .enum(REPORT_FORMAT_KEYS, { error: `format must be one of ${list(REPORT_FORMAT_KEYS)}.` })
        .default('md'),
    ),
    notes: z.enum(['0', '1'], { error: 'notes must be 0 or 1.' }).default('0'),
    article: optional(z.string().regex(/^[a-z0-9]{1,64}$/i, 'article must be an article id.')),
    status: optional(
      z.enum(ClaimStatus, { error: `status must be one of ${list(Object.values(ClaimStatus))}.` }),
    ),
    rating: optional(z.enum(Rating, { error: `rating must be one of ${list(Object.values(Rating))}.` })),
    speaker: optional(z.string().trim().max(200, 'speaker must be at most 200 characters.')),
    from: optional(isoDay('from')),
    to: optional(isoDay('to')),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'to must not be before from.',
  });

export type ReportQuery = z.output<typeof reportQuerySchema>;

/** from and to are whole UTC days, both included. */
export function scopeOf(query: ReportQuery): ReportScope {
  const before = query.to ? new Date(`${query.to}T00:00:00Z`) : undefined;
  before?.setUTCDate(before.getUTCDate() + 1);
  return {
    articleId: query.article,
    status: query.status,
    rating: query.rating,
    speaker: query.speaker,
    from: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
    before,
  };
}

/** The export URL for the given choices; empty values are left out. */
export function reportHref(query: Partial<Record<keyof ReportQuery, string>>): string {
  const params = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  return `${reportsApiPath()}?${params}`;
}
