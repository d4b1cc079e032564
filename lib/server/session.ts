import 'server-only';
import { cache } from 'react';
import { readSessionToken } from './auth/read-session-token';
import { db } from './db';
import type { ActingUser } from './acting-user';

/**
 * The signed-in user as the database knows them now. The JWT only names the user and the session
 * epoch it was issued in, so a disabled account, a changed role, a sign-out or a password change
 * takes effect on the next request.
 */
export const getActingUser = cache(async (): Promise<ActingUser | null> => {
  const token = await readSessionToken();
  const id = token?.uid;
  if (typeof id !== 'string') return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabled: true,
      sessionEpoch: true,
      mustChangePassword: true,
    },
  });
  if (!user || user.disabled || user.sessionEpoch !== token?.epoch) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
  };
});
