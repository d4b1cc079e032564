import 'server-only';
import type { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { can, refusal, type AuditAction } from '@/lib/access-rules';
import type { ActingUser } from '../acting-user';
import { formValues, parseAndRun } from './parse-and-run';
import { getActingUser } from '../session';

type Handler<S extends z.ZodType> = (user: ActingUser, input: z.output<S>) => Promise<string>;

/**
 * The one path every mutation takes: session → the action's access rule → zod → handler with the
 * acting user. Server Actions are public endpoints, so the checks live here and not in the form.
 * The refusal is the same sentence the data layer would raise, from the same rule in lib/access-rules.ts;
 * ownership and status rules are checked by the data function and reach the form as its AppError.
 * The handler returns the success message.
 */
export function protectedAction<S extends z.ZodType>(
  action: AuditAction,
  schema: S,
  handler: Handler<S>,
  options: { beforePasswordChange?: boolean } = {},
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const values = formValues(formData);
    const user = await getActingUser();
    if (!user) return { status: 'error', message: refusal(null, action), values };
    if (!can(user.role, action)) return { status: 'error', message: refusal(user.role, action), values };
    // A temporary password from an admin must be replaced before the account does anything else.
    if (user.mustChangePassword && !options.beforePasswordChange)
      return { status: 'error', message: 'Choose your own password first (Change password).', values };
    return parseAndRun(schema, values, (input) => handler(user, input));
  };
}
