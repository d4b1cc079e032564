import type { ClaimStatus, Role } from '@/generated/prisma/enums';
import { hasRole, ROLE_LABEL } from '@/lib/roles';

/**
 * Who may do what, in one table. Pure and client-safe: the Server Action wrapper, the data-access
 * functions (through lib/server/access.ts) and the desk UI all read it, so a rule changes in one place.
 * `role: null` means anyone, signed in or not.
 */
type Rule = { role: Role | null; doing: string };

/** Every change the app makes; each name is also the AuditEvent action it writes. */
export const CHANGE_RULES = {
  'article.import': { role: 'EDITOR', doing: 'import articles' },
  'article.import.bulk': { role: 'EDITOR', doing: 'import articles' },
  'article.claims.add': { role: 'EDITOR', doing: 'add claims' },
  'source.add': { role: 'EDITOR', doing: 'add sources' },
  'note.add': { role: 'EDITOR', doing: 'write notes' },
  'verdict.save': { role: 'EDITOR', doing: 'write verdicts' },
  'verdict.correct': { role: 'EDITOR', doing: 'write verdicts' },
  'verdict.vote': { role: 'CHIEF', doing: 'review verdicts' },
  'claim.status': { role: 'EDITOR', doing: 'change claim status' },
  'claim.assign': { role: 'CHIEF', doing: 'assign claims' },
  'claim.publish': { role: 'CHIEF', doing: 'publish verdicts' },
  'claim.correction.publish': { role: 'CHIEF', doing: 'publish verdicts' },
  'claim.unpublish': { role: 'CHIEF', doing: 'unpublish verdicts' },
  'user.create': { role: 'ADMIN', doing: 'create users' },
  'user.update': { role: 'ADMIN', doing: 'manage users' },
  'user.change-password': { role: 'VIEWER', doing: 'change their password' },
  'user.sign-out': { role: 'VIEWER', doing: 'sign out' },
  'settings.update': { role: 'ADMIN', doing: 'change newsroom settings' },
  'extraction.model.retrain': { role: 'ADMIN', doing: 'retrain the claim extractor' },
  'extraction.model.activate': { role: 'ADMIN', doing: 'change the claim extractor' },
  'submission.create': { role: null, doing: 'send a suggestion' },
  'submission.triage': { role: 'EDITOR', doing: 'triage reader messages' },
  'claim.from-reader': { role: 'EDITOR', doing: 'turn reader messages into claims' },
  'notification.read': { role: 'VIEWER', doing: 'read notifications' },
  'claim.link': { role: 'EDITOR', doing: 'link claims' },
  'source.copy': { role: 'EDITOR', doing: 'add sources' },
  'report.export': { role: 'VIEWER', doing: 'export reports' },
  'claim.create': { role: 'EDITOR', doing: 'make claims' },
  'claim.edit': { role: 'EDITOR', doing: 'edit claims' },
  'claim.split': { role: 'EDITOR', doing: 'split claims' },
  'claim.merge': { role: 'EDITOR', doing: 'merge claims' },
  'source.edit': { role: 'EDITOR', doing: 'edit sources' },
  'source.remove': { role: 'EDITOR', doing: 'remove sources' },
  'note.edit': { role: 'EDITOR', doing: 'edit notes' },
  'note.remove': { role: 'EDITOR', doing: 'remove notes' },
  'speaker.update': { role: 'EDITOR', doing: 'edit speakers' },
  'speaker.merge': { role: 'CHIEF', doing: 'merge speakers' },
  // Audit names for the parts of those changes that a correction carries or a second claim records.
  'claim.edit.correct': { role: 'EDITOR', doing: 'edit claims' },
  'claim.edit.publish': { role: 'CHIEF', doing: 'publish verdicts' },
  'claim.split.from': { role: 'EDITOR', doing: 'split claims' },
  'claim.merge.into': { role: 'EDITOR', doing: 'merge claims' },
  'source.edit.correct': { role: 'EDITOR', doing: 'edit sources' },
  'source.remove.correct': { role: 'EDITOR', doing: 'remove sources' },
} as const satisfies Record<string, Rule>;

/** Reads that not every desk role may make. Every signed-in role may read the rest of the desk. */
export const READ_RULES = {
  'note.read': { role: 'EDITOR', doing: 'read internal notes' },
  'note.export': { role: 'EDITOR', doing: 'export internal notes' },
  'submission.read': { role: 'EDITOR', doing: 'read reader messages' },
  'user.read': { role: 'ADMIN', doing: 'manage users' },
  'extraction.model.read': { role: 'ADMIN', doing: 'see how the claim extractor performs' },
  'extraction.model.use': { role: 'EDITOR', doing: 'run the claim extractor' },
} as const satisfies Record<string, Rule>;

export type AuditAction = keyof typeof CHANGE_RULES;
export type ReadAction = keyof typeof READ_RULES;
export type AccessAction = AuditAction | ReadAction;

const RULES: Record<AccessAction, Rule> = { ...CHANGE_RULES, ...READ_RULES };

export function ruleFor(action: AccessAction): Rule {
  return RULES[action];
}

/** Whether this role may take the action at all; ownership rules below narrow it further. */
export function can(role: Role | null, action: AccessAction): boolean {
  const needed = RULES[action].role;
  return needed === null || (role !== null && hasRole(role, needed));
}

/** The sentence a refused user reads, the same from the wrapper and from the data layer. */
export function refusal(role: Role | null, action: AccessAction): string {
  const { role: needed, doing } = RULES[action];
  if (role === null) return 'Your session has ended. Sign in again to save this.';
  return roleRefusal(role, needed ?? 'VIEWER', doing);
}

/** Also used for rules finer than an action, such as a status move that needs a chief. */
export function roleRefusal(role: Role, needed: Role, doing: string): string {
  return `${ROLE_LABEL[role]}s cannot ${doing}; it needs ${ROLE_LABEL[needed].toLowerCase()} or above.`;
}

/** Ownership: the author of a verdict may not vote on it, so every verdict has a second pair of eyes. */
export const OWN_VERDICT_REFUSAL = 'You wrote this verdict, so someone else must review it.';
export function mayVoteOn(user: { id: string; role: Role }, verdict: { authorId: string }): boolean {
  return can(user.role, 'verdict.vote') && verdict.authorId !== user.id;
}

/** Archived and not-checkable claims are frozen until someone reopens them. */
export function isClaimOpen(status: ClaimStatus): boolean {
  return status !== 'ARCHIVED' && status !== 'NOT_CHECKABLE';
}

/** "Can this claim be edited": the role may work on claims and the claim is open. */
export function canEditClaim(role: Role, status: ClaimStatus): boolean {
  return can(role, 'verdict.save') && isClaimOpen(status);
}
