import 'server-only';
import type { AssignInput } from '@/lib/validation/workflow';
import { hasRole } from '@/lib/roles';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { notify } from '../notifications/notify';

export async function assignClaim(user: ActingUser, { claimId, assigneeId }: AssignInput) {
  assertAllowed(user, 'claim.assign');
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      include: { assignee: { select: { name: true } } },
    });
    if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
    const assignee = assigneeId ? await tx.user.findUnique({ where: { id: assigneeId } }) : null;
    if (assigneeId && (!assignee || assignee.disabled || !hasRole(assignee.role, 'EDITOR'))) {
      throw new AppError('INVALID', 'Claims can only be assigned to active editors.');
    }
    await tx.claim.update({ where: { id: claimId }, data: { assigneeId: assignee?.id ?? null } });
    await writeAudit(tx, user, {
      action: 'claim.assign',
      entityType: 'Claim',
      entityId: claimId,
      before: { assignee: claim.assignee?.name ?? null },
      after: { assignee: assignee?.name ?? null },
    });
    if (assignee && assignee.id !== claim.assigneeId)
      await notify(tx, user, { kind: 'ASSIGNED', claimId, userIds: [assignee.id] });
  });
}
