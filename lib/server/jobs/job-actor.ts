import 'server-only';
import type { Role } from '@/generated/prisma/enums';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';

/** Who a background job acts as: the user who started it, refused with `refusal` if disabled since. */
export function jobActor(
  user: { id: string; name: string; email: string; role: Role; disabled: boolean },
  refusal: string,
): ActingUser {
  if (user.disabled) throw new AppError('FORBIDDEN', refusal);
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
