import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDataPath } from '../lib/shared-data.ts';

export const DATA = sharedDataPath('checkworthiness');

export type Row = { id: string; text: string; checkworthy: 0 | 1; factual?: 0 | 1 };
export type Counts = { tp: number; fp: number; fn: number };
export type Metrics = { precision: number; recall: number; f1: number };

export function readRows(file: string): Row[] {
  const full = path.join(DATA, file);
  if (!existsSync(full)) {
    console.error(`Labelled check-worthiness data not found: ${full}`);
    console.error('Set CLAIMDESK_DATA_DIR to the shared data folder that holds checkworthiness/.');
    process.exit(1);
  }
  return readFileSync(full, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row);
}

export function metrics(predicted: boolean[], gold: boolean[]): Metrics {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  predicted.forEach((p, i) => {
    if (p && gold[i]) c.tp++;
    else if (p) c.fp++;
    else if (gold[i]) c.fn++;
  });
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export const formatMetrics = (m: Metrics) =>
  `P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}`;

/** Mean negative log-likelihood of the gold labels under the predicted probabilities. */
export const logLoss = (probabilities: number[], gold: boolean[]) =>
  -probabilities.reduce((sum, p, i) => sum + Math.log(Math.max(1e-12, gold[i] ? p : 1 - p)), 0) /
  probabilities.length;
