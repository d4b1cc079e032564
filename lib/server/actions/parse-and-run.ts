import 'server-only';
import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { AppError } from '../app-error';

/** The string fields of a submitted form; Next adds its own $ACTION_* fields to enhanced forms. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

/**
 * The part every Server Action shares once its caller is checked: zod (per-field errors, input
 * echoed back), then the work. AppErrors become messages for the form; anything else is a bug and throws.
 */
export async function parseAndRun<S extends z.ZodType>(schema: S, values: Record<string, string>, work: (input: z.output<S>) => Promise<string>): Promise<ActionState> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { status: 'error', message: 'Please correct the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    return { status: 'ok', message: await work(parsed.data) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: 'error', message: error.message, fieldErrors: error.field ? { [error.field]: [error.message] } : undefined, values };
  }
}
