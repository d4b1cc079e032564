import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** The CLEF files: tab-separated, first column an unnamed id, quoted fields with doubled quotes. */
export function readTsv(file: string): Record<string, string>[] {
  const rows = parse(readFileSync(file, 'utf8'), {
    delimiter: '\t',
    columns: (h: string[]) => h.map((c) => c || 'id'),
    relax_quotes: true,
    skip_empty_lines: true,
  });
  return rows as Record<string, string>[];
}

/** qrels: `query_id 0 doc_id 1` per line → query id → relevant doc ids. */
export function readQrels(file: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [q, , d, rel] = line.trim().split(/\s+/u);
    if (!q || rel === '0') continue;
    if (!out.has(q)) out.set(q, new Set());
    out.get(q)!.add(d);
  }
  return out;
}
