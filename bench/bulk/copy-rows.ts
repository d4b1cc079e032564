import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

type Value = string | number | Date | null;

const escape = (v: Value) =>
  v === null
    ? '\\N'
    : v instanceof Date
      ? v.toISOString()
      : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

/** Streams generated rows into a table with COPY (text format), in chunks of lines. */
export async function copyRows(
  client: PoolClient,
  table: string,
  columns: string[],
  rows: Iterable<Value[]>,
): Promise<number> {
  let count = 0;
  function* lines() {
    let chunk: string[] = [];
    for (const row of rows) {
      chunk.push(row.map(escape).join('\t'));
      count++;
      if (chunk.length === 5000) {
        yield `${chunk.join('\n')}\n`;
        chunk = [];
      }
    }
    if (chunk.length) yield `${chunk.join('\n')}\n`;
  }
  const target = client.query(
    copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`),
  );
  await pipeline(Readable.from(lines()), target);
  return count;
}
