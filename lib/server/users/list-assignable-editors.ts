import 'server-only';
import { db } from '../db';
import type { ActingUser } from '../acting-user';

export function listAssignableEditors(_reader: ActingUser) {
  return db.user.findMany({
    where: { disabled: false, role: { in: ['EDITOR', 'CHIEF', 'ADMIN'] } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  });
}
