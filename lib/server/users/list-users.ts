import 'server-only';
import { db } from '../db';
import { assertRole, type ActingUser } from '../acting-user';

export function listUsers(user: ActingUser) {
  assertRole(user, 'ADMIN', 'manage users');
  return db.user.findMany({ orderBy: [{ disabled: 'asc' }, { name: 'asc' }], select: { id: true, name: true, email: true, role: true, disabled: true, createdAt: true } });
}
