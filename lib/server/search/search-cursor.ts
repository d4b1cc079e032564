/** Keyset position of the last row on a page: its sort value and id. Opaque in the URL. */
export type SearchCursor = { key: number; id: string };

export function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string | undefined): SearchCursor | undefined {
  if (!value) return undefined;
  try {
    const [key, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    return typeof key === 'number' && Number.isFinite(key) && typeof id === 'string'
      ? { key, id }
      : undefined;
  } catch {
    return undefined;
  }
}
