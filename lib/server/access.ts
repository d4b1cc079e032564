import 'server-only';
import type { ClaimStatus } from '@/generated/prisma/enums';
import type { Role } from '@/generated/prisma/enums';
import {
  can,
  isClaimOpen,
  mayVoteOn,
  OWN_VERDICT_REFUSAL,
  refusal,
  roleRefusal,
  type AccessAction,
} from '@/lib/access-rules';
import { hasRole } from '@/lib/roles';
import type { ActingUser } from './acting-user';
import { AppError } from './app-error';

export { can, canEditClaim } from '@/lib/access-rules';
export type { AccessAction, AuditAction } from '@/lib/access-rules';

/** Background jobs (exports, bulk imports) are seen by the user who started them and by chiefs. */
export function jobsVisibleTo(user: ActingUser): { requestedById?: string } {
  return hasRole(user.role, 'CHIEF') ? {} : { requestedById: user.id };
}

/**
 * The server side of lib/access-rules.ts: the same rules, raised as AppErrors whose message the
 * form shows. Data-access functions call these inside or before their transaction.
 */
export function assertAllowed(user: ActingUser, action: AccessAction): void {
  if (!can(user.role, action)) throw new AppError('FORBIDDEN', refusal(user.role, action));
}

/** For rules finer than the action's own, such as the role a status move needs. */
export function assertRoleFor(user: ActingUser, needed: Role, doing: string): void {
  if (!hasRole(user.role, needed)) throw new AppError('FORBIDDEN', roleRefusal(user.role, needed, doing));
}

export function assertMayVoteOn(user: ActingUser, verdict: { authorId: string }): void {
  assertAllowed(user, 'verdict.vote');
  if (!mayVoteOn(user, verdict)) throw new AppError('FORBIDDEN', OWN_VERDICT_REFUSAL);
}

/** Refuses changes to an archived or not-checkable claim; `doing` completes "reopen it to …". */
export function assertClaimOpen(claim: { status: ClaimStatus }, doing: string): void {
  if (!isClaimOpen(claim.status)) {
    throw new AppError(
      'INVALID',
      `This claim is ${claim.status === 'ARCHIVED' ? 'archived' : 'marked not checkable'}; reopen it to ${doing}.`,
    );
  }
}

/** A viewer never sees internal notes: reads that include notes ask this. */
export const seesNotes = (user: ActingUser) => can(user.role, 'note.read');
