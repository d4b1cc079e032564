import { z } from 'zod';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../opaque-cursor';

/**
 * Keyset position of the last row on a queue page, in the queue's order, and how many claims the
 * pages up to it listed (so the next page can say "Claims 51–100"). Opaque in the URL.
 */
export type QueueCursor = { score: number; updatedAt: Date; id: string; shown: number };

const stored = z.tuple([
  z.number(),
  z.number().int(),
  z.string().min(1).max(64),
  z.number().int().min(1).max(100_000_000),
]);

export const encodeQueueCursor = ({ score, updatedAt, id, shown }: QueueCursor) =>
  encodeOpaqueCursor([score, updatedAt.getTime(), id, shown]);

export function decodeQueueCursor(value: string | undefined): QueueCursor | undefined {
  const values = decodeOpaqueCursor(value, stored);
  if (!values) return undefined;
  const updatedAt = new Date(values[1]);
  return Number.isNaN(updatedAt.getTime())
    ? undefined
    : { score: values[0], updatedAt, id: values[2], shown: values[3] };
}
