import 'server-only';
import { redirect } from 'next/navigation';
import { getActingUser } from './session';
import { loginPath } from '@/lib/routes';

/** For workspace pages: the proxy checks the cookie, this checks the account is still enabled. */
export async function requireDeskUser() {
  const user = await getActingUser();
  if (!user) redirect(loginPath());
  return user;
}
