import type { Role } from '@/generated/prisma/enums';

const RANK: Record<Role, number> = { VIEWER: 0, EDITOR: 1, CHIEF: 2, ADMIN: 3 };

export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast];
}

export const ROLE_LABEL: Record<Role, string> = {
  VIEWER: 'Viewer',
  EDITOR: 'Editor',
  CHIEF: 'Chief editor',
  ADMIN: 'Admin',
};
