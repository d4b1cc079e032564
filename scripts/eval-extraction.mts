import { CHECKWORTHY_THRESHOLD, scoreSentence, shippedModel } from '../lib/claims/checkworthiness';
import { formatMetrics, metrics, readRows, type Metrics } from './checkworthiness-data.mts';

// `npm run eval:extraction`: precision, recall and F1 of the shipped model on the tuning split and the two
// evaluation splits, beside the hand-weighted engine it replaced. Nothing here feeds back into training.
const SETS = [
  { file: 'checkthat2024-dev.jsonl', role: 'dev (tuning; same distribution as training)' },
  { file: 'checkthat2024-devtest.jsonl', role: 'dev-test (evaluation only; target F1 ≥ 0.78)' },
  {
    file: 'claimbuster-sample-1000.jsonl',
    role: 'ClaimBuster sample (evaluation only; inside the training sentences, so not unseen)',
  },
];
// Measured with the hand-set weights at commit 561ba06, with the same command, before the model was trained.
const BEFORE: Record<string, Metrics & { factual?: Metrics }> = {
  'checkthat2024-dev.jsonl': { precision: 0.686, recall: 0.874, f1: 0.769 },
  'checkthat2024-devtest.jsonl': { precision: 0.833, recall: 0.602, f1: 0.699 },
  'claimbuster-sample-1000.jsonl': {
    precision: 0.654,
    recall: 0.738,
    f1: 0.693,
    factual: { precision: 0.693, recall: 0.64, f1: 0.665 },
  },
};

console.log(
  `Model ${shippedModel().version}, threshold ${CHECKWORTHY_THRESHOLD}; check-worthy class unless stated`,
);
console.log(`${'set'.padEnd(32)}${'before (hand-set)'.padEnd(34)}after (learned)`);
for (const { file, role } of SETS) {
  const rows = readRows(file);
  const predicted = rows.map((r) => scoreSentence(r.text).score >= CHECKWORTHY_THRESHOLD);
  const after = metrics(
    predicted,
    rows.map((r) => r.checkworthy === 1),
  );
  const positives = rows.filter((r) => r.checkworthy === 1).length;
  console.log(`\n${file}: ${role}, ${rows.length} sentences, ${positives} check-worthy`);
  console.log(
    `  ${'check-worthy'.padEnd(30)}${formatMetrics(BEFORE[file]).padEnd(34)}${formatMetrics(after)}`,
  );
  const factualBefore = BEFORE[file].factual;
  if (factualBefore && rows.some((r) => r.factual !== undefined)) {
    const factual = metrics(
      predicted,
      rows.map((r) => r.factual === 1),
    );
    console.log(
      `  ${'factual at all'.padEnd(30)}${formatMetrics(factualBefore).padEnd(34)}${formatMetrics(factual)}`,
    );
  }
}
