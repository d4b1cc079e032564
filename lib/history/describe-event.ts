import type { AuditAction } from '@/lib/access-rules';
import { RATINGS } from '@/lib/ratings';
import { STATUS_LABEL } from '@/lib/labels';

// Keyed by the access table's action names, so a new action cannot go without its sentence.
const ACTIONS: Record<AuditAction, string> = {
  'article.import': 'imported the article',
  'article.claims.add': 'added extracted claims',
  'source.add': 'added a source',
  'verdict.save': 'saved a verdict',
  'verdict.correct': 'saved a correction',
  'verdict.vote': 'voted on the verdict',
  'note.add': 'added an internal note',
  'claim.status': 'changed the status',
  'claim.publish': 'published the verdict',
  'claim.correction.publish': 'published a correction',
  'claim.unpublish': 'unpublished the claim',
  'claim.assign': 'changed the assignment',
  'user.create': 'created the account',
  'user.update': 'changed the account',
  'settings.update': 'changed the newsroom settings',
  'submission.create': 'sent a reader message',
  'report.export': 'started a background report export',
};

const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(ACTIONS, action);

export type Change = { field: string; before?: string; after?: string };

const FIELD_LABEL: Record<string, string> = { rating: 'Rating', conclusion: 'Conclusion', rationale: 'Rationale', status: 'Status', assignee: 'Assignee', reason: 'Reason', correctionNote: 'Correction note', decision: 'Vote', comment: 'Comment', outcome: 'Review outcome', url: 'URL', title: 'Title', stance: 'Stance' };
const HIDDEN = new Set(['verdictId', 'sourceId', 'noteId']);

function show(field: string, value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (field === 'rating' && typeof value === 'string' && value in RATINGS) return RATINGS[value as keyof typeof RATINGS].label;
  if (field === 'status' && typeof value === 'string' && value in STATUS_LABEL) return STATUS_LABEL[value as keyof typeof STATUS_LABEL];
  return String(value);
}

/** Turns an audit event into a sentence and the fields it changed, before and after. */
export function describeEvent(event: { action: string; before: unknown; after: unknown }): { summary: string; changes: Change[] } {
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !HIDDEN.has(f));
  const changes = fields
    .map((field) => ({ field: FIELD_LABEL[field] ?? field, before: show(field, before[field]), after: show(field, after[field]) }))
    .filter((c) => c.before !== c.after);
  return { summary: isAuditAction(event.action) ? ACTIONS[event.action] : event.action, changes };
}
