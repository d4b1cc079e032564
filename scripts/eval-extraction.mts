import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHECKWORTHY_THRESHOLD, scoreSentence } from '../lib/claims/checkworthiness';

// The labelled sets are external data that must not enter the repository, so they are read where they live.
const DATA = path.resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'checkworthiness');
const FILES = ['checkthat2024-devtest.jsonl', 'claimbuster-sample-1000.jsonl'];

type Row = { id: string; text: string; checkworthy: 0 | 1; factual?: 0 | 1 };
type Counts = { tp: number; fp: number; fn: number };

function metrics({ tp, fp, fn }: Counts) {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function count(rows: Row[], predicted: boolean[], gold: (r: Row) => boolean): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  rows.forEach((row, i) => {
    if (predicted[i] && gold(row)) c.tp++;
    else if (predicted[i]) c.fp++;
    else if (gold(row)) c.fn++;
  });
  return c;
}

const fmt = (m: ReturnType<typeof metrics>) => `precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}`;

const missing = FILES.filter((f) => !existsSync(path.join(DATA, f)));
if (missing.length > 0) {
  console.error(`Labelled check-worthiness data not found: ${missing.map((f) => path.join(DATA, f)).join(', ')}`);
  console.error('Expected the shared data folder beside the repository (../shared/data/checkworthiness/).');
  process.exit(1);
}

console.log(`Check-worthiness threshold ${CHECKWORTHY_THRESHOLD}`);
for (const file of FILES) {
  const rows = readFileSync(path.join(DATA, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row);
  const predicted = rows.map((r) => scoreSentence(r.text).score >= CHECKWORTHY_THRESHOLD);
  const positives = rows.filter((r) => r.checkworthy === 1).length;
  console.log(`\n${file} (${rows.length} sentences, ${positives} check-worthy)`);
  console.log(`  check-worthy:    ${fmt(metrics(count(rows, predicted, (r) => r.checkworthy === 1)))}`);
  if (rows.some((r) => r.factual !== undefined)) {
    console.log(`  factual at all:  ${fmt(metrics(count(rows, predicted, (r) => r.factual === 1)))}`);
  }
}
