import 'server-only';
import type { ChangePasswordInput } from '@/lib/validation/password';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { writeAudit } from '../audit';
import { hashPassword, verifyPassword } from '../password';

/**
 * The signed-in user replaces their own password (the current one proves it is them, not someone at
 * an unlocked screen). It also clears an admin's temporary password and ends every session, so the
 * old password's sessions elsewhere stop working.
 */
export async function changeOwnPassword(
  user: ActingUser,
  { currentPassword, newPassword }: ChangePasswordInput,
) {
  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(stored.passwordHash, currentPassword)))
    throw new AppError('INVALID', 'That is not your current password.', 'currentPassword');
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, sessionEpoch: { increment: 1 } },
    });
    await writeAudit(tx, user, { action: 'user.change-password', entityType: 'User', entityId: user.id });
  });
}
