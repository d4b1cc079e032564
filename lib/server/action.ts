import 'server-only';
import type { z } from 'zod';
import type { Role } from '@/generated/prisma/enums';
import type { ActionState } from '@/lib/action-state';
import { hasRole, ROLE_LABEL } from '@/lib/roles';
import type { ActingUser } from './acting-user';
import { formValues, runAction } from './run-action';
import { getActingUser } from './session';

type Handler<S extends z.ZodType> = (user: ActingUser, input: z.output<S>) => Promise<string>;

/**
 * The one path every mutation takes: session → role → zod → handler with the acting user.
 * Server Actions are public endpoints, so the checks live here and not in the form.
 * The handler returns the success message.
 */
export function protectedAction<S extends z.ZodType>(minRole: Role, schema: S, handler: Handler<S>, options: { beforePasswordChange?: boolean } = {}) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const values = formValues(formData);
    const user = await getActingUser();
    if (!user) return { status: 'error', message: 'Your session has ended. Sign in again to save this.', values };
    if (!hasRole(user.role, minRole)) return { status: 'error', message: `Your role (${ROLE_LABEL[user.role]}) cannot do this.`, values };
    // A temporary password from an admin must be replaced before the account does anything else.
    if (user.mustChangePassword && !options.beforePasswordChange) return { status: 'error', message: 'Choose your own password first (Change password).', values };
    return runAction(schema, values, (input) => handler(user, input));
  };
}
