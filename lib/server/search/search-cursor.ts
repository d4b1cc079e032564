import { z } from 'zod';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../opaque-cursor';

/** Keyset position of the last row on a page: its sort value and id. Opaque in the URL. */
export type SearchCursor = { key: number; id: string };

const stored = z.tuple([z.number(), z.string()]);

export const encodeCursor = ({ key, id }: SearchCursor) => encodeOpaqueCursor([key, id]);

export function decodeCursor(value: string | undefined): SearchCursor | undefined {
  const values = decodeOpaqueCursor(value, stored);
  return values && { key: values[0], id: values[1] };
}
