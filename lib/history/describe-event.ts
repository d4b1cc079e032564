import type { AuditAction } from '@/lib/access-rules';
import { RATINGS } from '@/lib/ratings';
import { KIND_LABEL, SOURCE_KIND_LABEL, STANCE_LABEL, STATUS_LABEL } from '@/lib/labels';

// Keyed by the access table's action names, so a new action cannot go without its sentence.
const ACTIONS: Record<AuditAction, string> = {
  'article.import': 'imported the article',
  'article.import.bulk': 'started a bulk import',
  'article.claims.add': 'added extracted claims',
  'source.add': 'added a source',
  'verdict.save': 'saved a verdict',
  'verdict.correct': 'saved a correction',
  'verdict.vote': 'voted on the verdict',
  'claim.link': 'linked this claim to an earlier one',
  'source.copy': 'added the sources of the earlier check of the same claim',
  'note.add': 'added an internal note',
  'claim.status': 'changed the status',
  'claim.publish': 'published the verdict',
  'claim.correction.publish': 'published a correction',
  'claim.unpublish': 'unpublished the claim',
  'claim.assign': 'changed the assignment',
  'claim.from-reader': 'made this claim from a reader’s message',
  'submission.triage': 'triaged a reader message',
  'notification.read': 'read notifications',
  'user.create': 'created the account',
  'user.update': 'changed the account',
  'user.change-password': 'changed their password',
  'user.sign-out': 'signed out everywhere',
  'settings.update': 'changed the newsroom settings',
  'extraction.model.retrain': 'retrained the claim extractor',
  'extraction.model.activate': 'changed the claim extractor in use',
  'submission.create': 'sent a reader message',
  'report.export': 'started a background report export',
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

// Events the app never makes itself but history still shows: written by data migrations.
const MIGRATIONS: Record<string, string> = {
  'claim.migrate': 'moved the claim to Not checkable, which is no longer a rating',
};

export type Change = { field: string; before?: string; after?: string };

const FIELD_LABEL: Record<string, string> = {
  rating: 'Rating',
  conclusion: 'Conclusion',
  rationale: 'Rationale',
  status: 'Status',
  assignee: 'Assignee',
  reason: 'Reason',
  correctionNote: 'Correction note',
  decision: 'Vote',
  comment: 'Comment',
  outcome: 'Review outcome',
  url: 'URL',
  title: 'Title',
  stance: 'Stance',
  claimReviewed: 'Claim as checked',
  speaker: 'Speaker',
  kind: 'Kind',
  quantity: 'Figure',
  quote: 'Words',
  splitOff: 'Split off',
  merged: 'Merged',
  mergedInto: 'Merged into',
  sourcesMoved: 'Sources moved',
  notesMoved: 'Notes moved',
  publisher: 'Publisher',
  figure: 'Figure',
  excerpt: 'Excerpt',
  archiveUrl: 'Archive URL',
  sourceKind: 'Kind of source',
  publishedAt: 'Publication date',
  note: 'Note',
  copiedFrom: 'Copied from',
  sources: 'Sources',
};
const HIDDEN = new Set(['verdictId', 'sourceId', 'noteId', 'submissionId', 'version']);

const ratingLabels = Object.fromEntries(Object.entries(RATINGS).map(([key, info]) => [key, info.label]));
const VALUE_LABEL: Record<string, Record<string, string>> = {
  rating: ratingLabels,
  status: STATUS_LABEL,
  stance: STANCE_LABEL,
  kind: { ...SOURCE_KIND_LABEL, ...KIND_LABEL },
  sourceKind: SOURCE_KIND_LABEL,
  decision: { APPROVE: 'Approve', REJECT: 'Reject' },
  outcome: { PENDING: 'Waiting for more votes', APPROVED: 'Approved', REJECTED: 'Rejected' },
};

/** "MOSTLY_FALSE" → "Mostly false": values no table knows (older events) still read as words. */
const humanise = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');

function show(field: string, value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const text = String(value);
  const known = VALUE_LABEL[field]?.[text];
  if (known) return known;
  return /^[A-Z][A-Z_]+$/.test(text) ? humanise(text) : text;
}

/** Turns an audit event into a sentence and the fields it changed, before and after. */
export function describeEvent(event: { action: string; before: unknown; after: unknown }): {
  summary: string;
  changes: Change[];
} {
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !HIDDEN.has(f));
  const changes = fields
    .map((field) => ({
      field: FIELD_LABEL[field] ?? field,
      before: show(field, before[field]),
      after: show(field, after[field]),
    }))
    .filter((c) => c.before !== c.after);
  return {
    summary: isAuditAction(event.action) ? ACTIONS[event.action] : (MIGRATIONS[event.action] ?? event.action),
    changes,
  };
}
