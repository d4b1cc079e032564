import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CUES } from '../lib/claims/checkworthiness-cues';
import { featureValues, featuresOf } from '../lib/claims/checkworthiness-features';
import { encodeModel, modelDimensions } from '../lib/claims/checkworthiness-model';
import { analyse } from '../lib/claims/nlp';
import { quantityFromTokens } from '../lib/claims/parse-quantity';
import { logit, sigmoid, trainLogistic, type Example } from '../lib/claims/train-checkworthiness';
import { formatMetrics, metrics, readRows } from './checkworthiness-data.mts';

// `npm run train:checkworthiness`: trains on claimbuster-train.jsonl, picks L2 strength, class weight
// and threshold on checkthat2024-dev.jsonl, and rewrites lib/claims/model/checkworthiness-weights.json.
// The evaluation splits are never read here.
const VERSION = 'claimbuster-lr-1';
const SEED = 20261130;
const BITS = 16;
const EPOCHS = 10;
const GRID = { lambda: [1e-6, 1e-5, 1e-4, 1e-3], positiveWeight: [1, 2] };
// Newsroom-policy cues (see Cue.policy) are not learned from the debates: they are dropped from the
// training features and keep their set weight.
const POLICY = new Set(CUES.flatMap((cue, i) => (cue.policy === undefined ? [] : [i])));
const OUT = path.join(import.meta.dirname, '..', 'lib', 'claims', 'model', 'checkworthiness-weights.json');

const examplesOf = (file: string): Example[] =>
  readRows(file).map((row) => {
    const tokens = analyse(row.text).flatMap((s) => s.tokens);
    const features = featuresOf(tokens, row.text, quantityFromTokens(tokens), {}, BITS);
    const values = featureValues(features);
    const kept = features.indices.flatMap((index, k) => (POLICY.has(index) ? [] : [k]));
    return {
      indices: Int32Array.from(kept, (k) => features.indices[k]),
      values: Float64Array.from(kept, (k) => values[k]),
      label: row.checkworthy,
    };
  });
// Dev is scored with the policy cues in place, as the product scores it.
const devExamplesOf = (file: string): Example[] =>
  readRows(file).map((row) => {
    const tokens = analyse(row.text).flatMap((s) => s.tokens);
    const features = featuresOf(tokens, row.text, quantityFromTokens(tokens), {}, BITS);
    return {
      indices: Int32Array.from(features.indices),
      values: Float64Array.from(featureValues(features)),
      label: row.checkworthy,
    };
  });

const started = performance.now();
const train = examplesOf('claimbuster-train.jsonl');
const dev = devExamplesOf('checkthat2024-dev.jsonl');
console.log(
  `features for ${train.length} training and ${dev.length} dev sentences in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

/** The threshold with the best dev F1, searched on a 0.01 grid. */
function bestThreshold(probabilities: number[], gold: boolean[]) {
  let best = {
    threshold: 0.5,
    m: metrics(
      probabilities.map((p) => p >= 0.5),
      gold,
    ),
  };
  for (let t = 0.05; t < 0.96; t += 0.01) {
    const m = metrics(
      probabilities.map((p) => p >= t),
      gold,
    );
    if (m.f1 > best.m.f1) best = { threshold: Math.round(t * 100) / 100, m };
  }
  return best;
}

const devGold = dev.map((e) => e.label === 1);
let chosen:
  | {
      lambda: number;
      positiveWeight: number;
      threshold: number;
      f1: number;
      model: ReturnType<typeof trainLogistic>;
    }
  | undefined;
for (const lambda of GRID.lambda) {
  for (const positiveWeight of GRID.positiveWeight) {
    const t = performance.now();
    const model = trainLogistic(train, {
      dimensions: modelDimensions(BITS),
      lambda,
      positiveWeight,
      epochs: EPOCHS,
      seed: SEED,
    });
    for (const i of POLICY) model.weights[i] = CUES[i].policy!;
    const probabilities = dev.map((e) => sigmoid(logit(model.weights, model.bias, e)));
    const { threshold, m } = bestThreshold(probabilities, devGold);
    console.log(
      `lambda ${lambda}  positive weight ${positiveWeight}: dev ${formatMetrics(m)} at threshold ${threshold}  (${((performance.now() - t) / 1000).toFixed(1)} s)`,
    );
    if (!chosen || m.f1 > chosen.f1) chosen = { lambda, positiveWeight, threshold, f1: m.f1, model };
  }
}

const { model, threshold, lambda, positiveWeight } = chosen!;
// Shifting the intercept by the threshold's logit puts the tuned threshold at the product's 0.5.
const bias = model.bias - Math.log(threshold / (1 - threshold));
const stored = encodeModel({ version: VERSION, bits: BITS, bias, weights: model.weights });
writeFileSync(
  OUT,
  `${JSON.stringify({ ...stored, trained: { data: 'claimbuster-train.jsonl', tunedOn: 'checkthat2024-dev.jsonl', seed: SEED, epochs: EPOCHS, lambda, positiveWeight, threshold } }, null, 1)}\n`,
);
console.log(
  `chose lambda ${lambda}, positive weight ${positiveWeight}, threshold ${threshold}; wrote ${path.relative(process.cwd(), OUT)}`,
);
