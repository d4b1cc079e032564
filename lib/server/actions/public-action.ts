import 'server-only';
import type { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { formValues, parseAndRun } from './parse-and-run';
import { senderKey } from '../sender-key';

type Handler<S extends z.ZodType> = (sender: { key: string }, input: z.output<S>) => Promise<string>;

/**
 * The one path for the few mutations readers may make without signing in: zod, then a handler
 * that gets the sender's rate-limit key. Same state shape as protectedAction, so forms are shared.
 */
export function publicAction<S extends z.ZodType>(schema: S, handler: Handler<S>) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> =>
    parseAndRun(schema, formValues(formData), async (input) => handler({ key: await senderKey() }, input));
}
