import type { ClaimStatus, Role } from '@/generated/prisma/enums';
import { hasRole } from '@/lib/roles';

/** Status moves made with the "change status" action; publishing and unpublishing have their own. */
export type Move = {
  from: ClaimStatus[];
  to: ClaimStatus;
  role: Role;
  label: string;
  needsReason?: boolean;
  needsVerdict?: boolean;
};

export const MOVES: Move[] = [
  { from: ['NEW'], to: 'RESEARCHING', role: 'EDITOR', label: 'Start research' },
  {
    from: ['NEW', 'RESEARCHING'],
    to: 'IN_REVIEW',
    role: 'EDITOR',
    label: 'Send for review',
    needsVerdict: true,
  },
  { from: ['IN_REVIEW'], to: 'RESEARCHING', role: 'EDITOR', label: 'Withdraw from review' },
  {
    from: ['NEW', 'RESEARCHING', 'IN_REVIEW'],
    to: 'NOT_CHECKABLE',
    role: 'EDITOR',
    label: 'Mark not checkable',
    needsReason: true,
  },
  { from: ['NOT_CHECKABLE'], to: 'RESEARCHING', role: 'EDITOR', label: 'Reopen' },
  {
    from: ['NEW', 'RESEARCHING', 'IN_REVIEW', 'NOT_CHECKABLE'],
    to: 'ARCHIVED',
    role: 'CHIEF',
    label: 'Archive',
    needsReason: true,
  },
  { from: ['ARCHIVED'], to: 'RESEARCHING', role: 'CHIEF', label: 'Restore from archive' },
];

export function findMove(from: ClaimStatus, to: ClaimStatus): Move | undefined {
  return MOVES.find((m) => m.to === to && m.from.includes(from));
}

/** The moves this role may make from this status, for the buttons the claim page shows. */
export function movesFor(from: ClaimStatus, role: Role): Move[] {
  return MOVES.filter((m) => m.from.includes(from) && hasRole(role, m.role));
}

/** Where the review of a verdict stands once `votes` have been cast and `needed` decide it. */
export function reviewOutcome(
  votes: { decision: 'APPROVE' | 'REJECT' }[],
  needed: number,
): 'PENDING' | 'APPROVED' | 'REJECTED' {
  if (votes.length < needed) return 'PENDING';
  const approvals = votes.filter((v) => v.decision === 'APPROVE').length;
  return approvals > votes.length - approvals ? 'APPROVED' : 'REJECTED';
}
