import 'server-only';
import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { AppError } from './app-error';
import { senderKey } from './sender-key';

type Handler<S extends z.ZodType> = (sender: { key: string }, input: z.output<S>) => Promise<string>;

/**
 * The one path for the few mutations readers may make without signing in: zod, then a handler
 * that gets the sender's rate-limit key. Same state shape as protectedAction, so forms are shared.
 */
export function publicAction<S extends z.ZodType>(schema: S, handler: Handler<S>) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const values = Object.fromEntries([...formData].filter(([k, v]) => typeof v === 'string' && !k.startsWith('$ACTION'))) as Record<string, string>;
    const parsed = schema.safeParse(values);
    if (!parsed.success) return { status: 'error', message: 'Please correct the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error), values };
    try {
      return { status: 'ok', message: await handler({ key: await senderKey() }, parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { status: 'error', message: error.message, values };
      throw error;
    }
  };
}
