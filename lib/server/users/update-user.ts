import 'server-only';
import type { UpdateUserInput } from '@/lib/validation/admin';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';

/**
 * Role and disabled flag. Changing either ends the user's sessions (the epoch bump voids their
 * tokens), so nobody keeps working under permissions they no longer have.
 */
export async function updateUser(user: ActingUser, { userId, role, disabled }: UpdateUserInput) {
  assertAllowed(user, 'user.update');
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId } });
    if (!target) throw new AppError('NOT_FOUND', 'No such user.');
    if (target.id === user.id && (disabled || role !== 'ADMIN'))
      throw new AppError('INVALID', 'You cannot disable or demote yourself; ask another admin.');
    const changed = role !== target.role || disabled !== target.disabled;
    await tx.user.update({
      where: { id: userId },
      data: { role, disabled, ...(changed ? { sessionEpoch: { increment: 1 } } : {}) },
    });
    await writeAudit(tx, user, {
      action: 'user.update',
      entityType: 'User',
      entityId: userId,
      before: { role: target.role, disabled: target.disabled },
      after: { role, disabled },
    });
  });
}
