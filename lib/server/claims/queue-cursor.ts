import { z } from 'zod';

/** Keyset position of the last row on a queue page, in the queue's order. Opaque in the URL. */
export type QueueCursor = { score: number; updatedAt: Date; id: string };

const stored = z.tuple([z.number(), z.number().int(), z.string().min(1).max(64)]);

export const encodeQueueCursor = ({ score, updatedAt, id }: QueueCursor) =>
  Buffer.from(JSON.stringify([score, updatedAt.getTime(), id])).toString('base64url');

/** A hand-edited or stale value opens the first page rather than an error. */
export function decodeQueueCursor(value: string | undefined): QueueCursor | undefined {
  if (!value) return undefined;
  try {
    const parsed = stored.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    if (!parsed.success) return undefined;
    const [score, time, id] = parsed.data;
    const updatedAt = new Date(time);
    return Number.isNaN(updatedAt.getTime()) ? undefined : { score, updatedAt, id };
  } catch {
    return undefined;
  }
}
