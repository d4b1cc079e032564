import 'server-only';
import type { ActingUser } from './acting-user';
import { getActingUser } from './session';

/**
 * The signed-in user for a route handler, or the JSON refusal to send instead. Like the desk pages
 * and Server Actions, the API is closed to an account still on an admin's temporary password.
 */
export async function apiUser(signedOutMessage: string): Promise<ActingUser | Response> {
  const user = await getActingUser();
  if (!user) return Response.json({ error: signedOutMessage }, { status: 401 });
  if (user.mustChangePassword)
    return Response.json({ error: 'Choose your own password first (Change password).' }, { status: 403 });
  return user;
}
