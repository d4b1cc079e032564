import 'server-only';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';

export function listUsers(user: ActingUser) {
  assertAllowed(user, 'user.read');
  return db.user.findMany({
    orderBy: [{ disabled: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, email: true, role: true, disabled: true, createdAt: true },
  });
}
