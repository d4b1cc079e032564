import { stringify } from 'csv-stringify/sync';
import { KIND_LABEL, STANCE_LABEL, STATUS_LABEL } from '@/lib/labels';
import { RATINGS } from '@/lib/ratings';
import {
  approvers,
  isPublic,
  type ReportClaim,
  type ReportContext,
  type TextReportBuilder,
} from './report-context';
import { isoDay } from '@/lib/dates';

const COLUMNS = [
  'position',
  'article',
  'speaker',
  'quote',
  'claim_reviewed',
  'kind',
  'status',
  'verdict',
  'conclusion',
  'rationale',
  'written_by',
  'approved_by',
  'approved_on',
  'public_url',
  'sources',
  'corrections',
  'updated_on',
  'published_on',
] as const;

// Spreadsheets run cells that start with = + - @ as formulas; quotes come from articles, so those are defused.
const write = (records: string[][], bom = false) => stringify(records, { escape_formulas: true, bom });

function row(c: ReportClaim, n: number, ctx: ReportContext): string[] {
  const { verdict } = c;
  const cells: Record<(typeof COLUMNS)[number], string> = {
    position: String(n),
    article: c.article.title,
    speaker: c.speaker.name,
    quote: c.quote,
    claim_reviewed: c.claimReviewed,
    kind: KIND_LABEL[c.kind],
    status: STATUS_LABEL[c.status],
    verdict: verdict ? RATINGS[verdict.rating].label : '',
    conclusion: verdict?.conclusion ?? '',
    rationale: verdict?.rationale ?? '',
    written_by: verdict?.author.name ?? '',
    approved_by: verdict?.approvedAt ? approvers(c).join('; ') : '',
    approved_on: verdict?.approvedAt ? isoDay(verdict.approvedAt) : '',
    public_url: isPublic(c) ? ctx.publicUrl(c.slug) : '',
    // Several values per cell, one per line: the sheet keeps one row per claim.
    sources: c.sources
      .map((s) => `${s.title} — ${s.publisher} (${STANCE_LABEL[s.stance].toLowerCase()}) ${s.url}`)
      .join('\n'),
    corrections: c.corrections.map((k) => `${isoDay(k.createdAt)}: ${k.body}`).join('\n'),
    updated_on: isoDay(c.updatedAt),
    published_on: c.publishedAt ? isoDay(c.publishedAt) : '',
  };
  const values = COLUMNS.map((column) => cells[column]);
  return ctx.includeNotes
    ? [
        ...values,
        c.notes.map((note) => `${note.author.name}, ${isoDay(note.createdAt)}: ${note.body}`).join('\n'),
      ]
    : values;
}

/** One row per claim; the internal variant adds a notes column. UTF-8 with a BOM so Excel reads it as such. */
export const csvReport: TextReportBuilder = {
  header: (ctx) => write([ctx.includeNotes ? [...COLUMNS, 'internal_notes'] : [...COLUMNS]], true),
  claim: (c, n, ctx) => write([row(c, n, ctx)]),
  footer: () => '',
};
