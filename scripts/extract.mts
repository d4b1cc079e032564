import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHECKWORTHY_THRESHOLD, extractClaims, type Suggestion } from '../lib/claims/extract-claims';

// `npm run extract -- <file.txt> [--format json|table] [--all] [--speaker NAME]`
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: 'string', default: 'json' },
    all: { type: 'boolean', default: false },
    speaker: { type: 'string' },
  },
});

const [file] = positionals;
if (!file || (values.format !== 'json' && values.format !== 'table')) {
  console.error(
    'Usage: npm run extract -- <file.txt> [--format json|table] [--all] [--speaker "Default Speaker"]',
  );
  console.error('  --all      also list sentences scoring below the check-worthiness threshold');
  process.exit(1);
}

const text = readFileSync(file, 'utf8');
const suggestions = extractClaims(text, { defaultSpeaker: values.speaker }).filter(
  (s) => values.all || s.score >= CHECKWORTHY_THRESHOLD,
);

function table(rows: Suggestion[]): string {
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  const figure = (s: Suggestion) =>
    s.quantity
      ? `${s.quantity.min}–${s.quantity.max} ${s.quantity.unit}${s.quantity.period ? `/${s.quantity.period}` : ''}`
      : '';
  const lines = [
    `${'score'.padEnd(6)}${'kind'.padEnd(17)}${'speaker'.padEnd(16)}${'span'.padEnd(12)}quote  →  claimReviewed`,
  ];
  for (const s of rows) {
    lines.push(
      `${s.score.toFixed(2).padEnd(6)}${s.kind.padEnd(17)}${cut(s.speaker ?? '—', 15)} ${`${s.start}–${s.end}`.padEnd(12)}${s.quote}`,
    );
    lines.push(`${' '.repeat(51)}→ ${s.claimReviewed}${s.quantity ? `   [${figure(s)}]` : ''}`);
  }
  lines.push(`\n${rows.length} ${values.all ? 'sentences' : `claims at or above ${CHECKWORTHY_THRESHOLD}`}`);
  return lines.join('\n');
}

if (values.format === 'table') console.log(table(suggestions));
else {
  const fields = suggestions.map(({ quote, start, end, speaker, kind, score, quantity, claimReviewed }) => ({
    quote,
    start,
    end,
    speaker,
    kind,
    score,
    quantity,
    claimReviewed,
  }));
  console.log(JSON.stringify(fields, null, 2));
}
