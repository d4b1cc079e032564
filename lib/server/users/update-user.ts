import 'server-only';
import type { UpdateUserInput } from '@/lib/validation/admin';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';

/** Role and disabled flag; both take effect at the user's next request, since sessions re-read them. */
export async function updateUser(user: ActingUser, { userId, role, disabled }: UpdateUserInput) {
  assertAllowed(user, 'user.update');
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId } });
    if (!target) throw new AppError('NOT_FOUND', 'No such user.');
    if (target.id === user.id && (disabled || role !== 'ADMIN')) throw new AppError('INVALID', 'You cannot disable or demote yourself; ask another admin.');
    await tx.user.update({ where: { id: userId }, data: { role, disabled } });
    await writeAudit(tx, user, {
      action: 'user.update',
      entityType: 'User',
      entityId: userId,
      before: { role: target.role, disabled: target.disabled },
      after: { role, disabled },
    });
  });
}
