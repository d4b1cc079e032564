import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { authOptions } from './auth-options';
import { db } from './db';
import type { ActingUser } from './acting-user';

/**
 * The signed-in user as the database knows them now. The JWT only names the user and the session
 * epoch it was issued in, so a disabled account, a changed role, a sign-out or a password change
 * takes effect on the next request.
 */
export const getActingUser = cache(async (): Promise<ActingUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
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
  if (!user || user.disabled || user.sessionEpoch !== session.user?.epoch) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
  };
});
