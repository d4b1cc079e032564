import type { Role } from '@/generated/prisma/enums';
import { hasRole, ROLE_LABEL } from '@/lib/roles';
import { AppError } from './app-error';

/** The signed-in user on whose behalf data access runs; loaded fresh from the database per request. */
export type ActingUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Still on an admin-issued temporary password: only the password change is allowed. */
  mustChangePassword?: boolean;
};

export function assertRole(user: ActingUser, atLeast: Role, doing: string): void {
  if (!hasRole(user.role, atLeast)) {
    throw new AppError('FORBIDDEN', `${ROLE_LABEL[user.role]}s cannot ${doing}; it needs ${ROLE_LABEL[atLeast].toLowerCase()} or above.`);
  }
}

