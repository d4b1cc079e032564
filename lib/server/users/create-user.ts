import 'server-only';
import { randomBytes } from 'node:crypto';
import type { CreateUserInput } from '@/lib/validation/admin';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { hashPassword } from '../password';

/** Creates an account with a temporary password, returned once so the admin can hand it over; the user must replace it at first sign-in. */
export async function createUser(user: ActingUser, input: CreateUserInput) {
  assertAllowed(user, 'user.create');
  const temporaryPassword = randomBytes(9).toString('base64url');
  const passwordHash = await hashPassword(temporaryPassword);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email } }))
      throw new AppError('INVALID', 'Someone already has that email address.', 'email');
    const created = await tx.user.create({ data: { ...input, passwordHash, mustChangePassword: true } });
    await writeAudit(tx, user, {
      action: 'user.create',
      entityType: 'User',
      entityId: created.id,
      after: { email: created.email, role: created.role },
    });
    return { user: created, temporaryPassword };
  });
}
