import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '../db';
import { hashPassword, verifyPassword } from '../password';

// Unknown and disabled accounts are checked against this hash (same argon2 cost as real ones), so
// the answer takes as long as for a real account and timing does not tell which emails exist.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')));

/** Returns the user when the email and password match an enabled account, else null. */
export async function authenticate(email: string, password: string) {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const usable = user && !user.disabled ? user : null;
  const matches = await verifyPassword(usable?.passwordHash ?? (await dummy()), password);
  if (!usable || !matches) return null;
  return {
    id: usable.id,
    name: usable.name,
    email: usable.email,
    role: usable.role,
    sessionEpoch: usable.sessionEpoch,
  };
}
