import type { z } from 'zod';

/** A keyset position as the URL carries it: the sort values of a page's last row, opaque to readers. */
export const encodeOpaqueCursor = (values: (number | string)[]) =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

/** The values `schema` accepts, or undefined for a hand-edited or stale value (the list opens at its top). */
export function decodeOpaqueCursor<T>(value: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (!value) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
