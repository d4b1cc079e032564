import type { AuditAction } from '@/lib/access-rules';
import { RATINGS } from '@/lib/ratings';
import { KIND_LABEL, SOURCE_KIND_LABEL, STANCE_LABEL, STATUS_LABEL } from '@/lib/labels';

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
  'claim.create': 'made the claim from selected words',
  'claim.edit': 'edited the claim',
  'claim.edit.correct': 'edited the claim through a correction',
  'claim.edit.publish': 'published the claim edit with the correction',
  'claim.split': 'split the claim',
  'claim.split.from': 'split this claim off another',
  'claim.merge': 'merged duplicates into this claim',
  'claim.merge.into': 'merged this claim into another as a duplicate',
  'source.edit': 'edited a source',
  'source.edit.correct': 'edited a cited source through a correction',
  'source.remove': 'removed a source',
  'source.remove.correct': 'removed a cited source through a correction',
  'note.edit': 'edited an internal note',
  'note.remove': 'removed an internal note',
  'speaker.update': 'changed the speaker',
  'speaker.merge': 'merged two entries for one speaker',
};

const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(ACTIONS, action);

export type Change = { field: string; before?: string; after?: string };

const FIELD_LABEL: Record<string, string> = { rating: 'Rating', conclusion: 'Conclusion', rationale: 'Rationale', status: 'Status', assignee: 'Assignee', reason: 'Reason', correctionNote: 'Correction note', decision: 'Vote', comment: 'Comment', outcome: 'Review outcome', url: 'URL', title: 'Title', stance: 'Stance', claimReviewed: 'Claim as checked', speaker: 'Speaker', kind: 'Kind', quantity: 'Figure', quote: 'Words', splitOff: 'Split off', merged: 'Merged', mergedInto: 'Merged into', sourcesMoved: 'Sources moved', notesMoved: 'Notes moved', publisher: 'Publisher', figure: 'Figure', excerpt: 'Excerpt', archiveUrl: 'Archive URL', sourceKind: 'Kind of source', publishedAt: 'Publication date', note: 'Note' };
const HIDDEN = new Set(['verdictId', 'sourceId', 'noteId']);

function show(field: string, value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (field === 'rating' && typeof value === 'string' && value in RATINGS) return RATINGS[value as keyof typeof RATINGS].label;
  if (field === 'kind' && typeof value === 'string' && value in KIND_LABEL) return KIND_LABEL[value as keyof typeof KIND_LABEL];
  if (field === 'stance' && typeof value === 'string' && value in STANCE_LABEL) return STANCE_LABEL[value as keyof typeof STANCE_LABEL];
  if (field === 'sourceKind' && typeof value === 'string' && value in SOURCE_KIND_LABEL) return SOURCE_KIND_LABEL[value as keyof typeof SOURCE_KIND_LABEL];
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
