import { z } from 'zod';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../opaque-cursor';

/** Keyset position of the last row on a queue page, in the queue's order. Opaque in the URL. */
export type QueueCursor = { score: number; updatedAt: Date; id: string };

const stored = z.tuple([z.number(), z.number().int(), z.string().min(1).max(64)]);

export const encodeQueueCursor = ({ score, updatedAt, id }: QueueCursor) =>
  encodeOpaqueCursor([score, updatedAt.getTime(), id]);

export function decodeQueueCursor(value: string | undefined): QueueCursor | undefined {
  const values = decodeOpaqueCursor(value, stored);
  if (!values) return undefined;
  const updatedAt = new Date(values[1]);
  return Number.isNaN(updatedAt.getTime()) ? undefined : { score: values[0], updatedAt, id: values[2] };
}
