import 'server-only';
import { db } from '../db';
import { verifyPassword } from '../password';

/** Returns the user when the email and password match an enabled account, else null. */
export async function authenticate(email: string, password: string) {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user || user.disabled) return null;
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
