import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';

export const USERS_PER_PAGE = 50;

/**
 * One page of accounts, active first then by name, optionally only those whose name or email holds
 * `text`: a newsroom of hundreds finds a colleague by typing, not by scrolling. A page past the last
 * gives the last page.
 */
export async function listUsers(
  user: ActingUser,
  { text = '', page = 1 }: { text?: string; page?: number } = {},
) {
  assertAllowed(user, 'user.read');
  const where: Prisma.UserWhereInput = text
    ? {
        OR: [
          { name: { contains: text, mode: 'insensitive' } },
          { email: { contains: text, mode: 'insensitive' } },
        ],
      }
    : {};
  const total = await db.user.count({ where });
  const pages = Math.max(1, Math.ceil(total / USERS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pages);
  const users = await db.user.findMany({
    where,
    orderBy: [{ disabled: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    skip: (current - 1) * USERS_PER_PAGE,
    take: USERS_PER_PAGE,
    select: { id: true, name: true, email: true, role: true, disabled: true, createdAt: true },
  });
  return { users, total, page: current, pages };
}
