import 'server-only';
import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { AppError } from '../app-error';
import { databaseFailure } from '../database-failure';
import { AlreadySaved } from '../idempotency-key';

/** The string fields of a submitted form; Next adds its own $ACTION_* fields to enhanced forms. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

const DATABASE_MESSAGE = {
  unavailable: 'Couldn’t save — the database did not answer; your text is still here. Try again in a moment.',
  refused:
    'Couldn’t save — the database refused this input; your text is still here. Check it for unusual characters and try again.',
} as const;

/**
 * The part every Server Action shares once its caller is checked: zod (per-field errors, input
 * echoed back), then the work. AppErrors become messages for the form, and so do database failures
 * (an outage, a refused statement): the editor keeps what they typed instead of an error page.
 * Anything else is a bug and throws.
 */
export async function parseAndRun<S extends z.ZodType>(
  schema: S,
  values: Record<string, string>,
  work: (input: z.output<S>) => Promise<string>,
): Promise<ActionState> {
  const parsed = schema.safeParse(values);
  if (!parsed.success)
    return {
      status: 'error',
      message: 'Please correct the highlighted fields.',
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  try {
    // The values come back on success too, for forms that follow up on what was sent.
    return { status: 'ok', message: await work(parsed.data), values };
  } catch (error) {
    if (error instanceof AlreadySaved) return { status: 'ok', message: error.message };
    if (error instanceof AppError)
      return {
        status: 'error',
        message: error.message,
        fieldErrors: error.field ? { [error.field]: [error.message] } : undefined,
        values,
      };
    const failure = databaseFailure(error);
    if (!failure) throw error;
    // Logged for the operator; the editor gets a message and their input back.
    console.error('Server Action failed in the database:', error);
    return { status: 'error', message: DATABASE_MESSAGE[failure], values };
  }
}
