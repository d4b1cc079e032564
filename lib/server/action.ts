import 'server-only';
import { z } from 'zod';
import type { Role } from '@/generated/prisma/enums';
import type { ActionState } from '@/lib/action-state';
import { hasRole, ROLE_LABEL } from '@/lib/roles';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { AppError } from './app-error';
import type { ActingUser } from './acting-user';
import { getActingUser } from './session';

type Handler<S extends z.ZodType> = (user: ActingUser, input: z.output<S>) => Promise<string>;

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    // Next adds its own $ACTION_* fields to progressively enhanced forms.
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

/**
 * The one path every mutation takes: session → role → zod → handler with the acting user.
 * Server Actions are public endpoints, so the checks live here and not in the form.
 * The handler returns the success message; AppErrors become messages, anything else is a bug and throws.
 */
export function protectedAction<S extends z.ZodType>(minRole: Role, schema: S, handler: Handler<S>) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const values = formValues(formData);
    const user = await getActingUser();
    if (!user) return { status: 'error', message: 'Your session has ended. Sign in again to save this.', values };
    if (!hasRole(user.role, minRole)) {
      return { status: 'error', message: `Your role (${ROLE_LABEL[user.role]}) cannot do this.`, values };
    }
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      return {
        status: 'error',
        message: 'Please correct the highlighted fields.',
        fieldErrors: fieldErrorsOf(parsed.error),
        values,
      };
    }
    try {
      return { status: 'ok', message: await handler(user, parsed.data) };
    } catch (error) {
      if (error instanceof AppError) {
        return { status: 'error', message: error.message, fieldErrors: error.field ? { [error.field]: [error.message] } : undefined, values };
      }
      throw error;
    }
  };
}
