import { CUES } from './checkworthiness-cues';
import { featureValues, featuresOf } from './checkworthiness-features';
import { modelDimensions, type Model } from './checkworthiness-model';
import { analyse } from './nlp';
import { quantityFromTokens } from './parse-quantity';
import { logit, trainLogistic, type Example } from './train-checkworthiness';

/** A sentence the desk reviewed: `kept` when an editor accepted, edited or split it into claims. */
export type DeskExample = { sentence: string; kept: boolean };
export type SliceMetrics = { precision: number; recall: number; f1: number };
export type RetrainEvaluation = {
  trainedOn: number;
  heldBack: number;
  before: SliceMetrics;
  after: SliceMetrics;
};

// Few hundred examples against 65k weights: a strong pull toward the shipped model keeps them from
// overwriting what 22,500 debate sentences taught, while still moving the weights the desk disagrees on.
const LAMBDA = 0.01;
const EPOCHS = 20;
const SEED = 7;
/** One in five examples (chosen by a hash of the sentence, so the slice is stable) is held back for the before/after figures. */
const HELD_BACK_EVERY = 5;

function sentenceHash(sentence: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < sentence.length; i++) h = Math.imul(h ^ sentence.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const POLICY = new Set(CUES.flatMap((cue, i) => (cue.policy === undefined ? [] : [i])));

function exampleOf({ sentence, kept }: DeskExample, bits: number): Example {
  const tokens = analyse(sentence).flatMap((s) => s.tokens);
  const features = featuresOf(tokens, sentence, quantityFromTokens(tokens), {}, bits);
  const values = featureValues(features);
  // Policy cues are the newsroom's rule, not something to learn (see Cue.policy).
  const keep = features.indices.flatMap((index, k) => (POLICY.has(index) ? [] : [k]));
  return {
    indices: Int32Array.from(keep, (k) => features.indices[k]),
    values: Float64Array.from(keep, (k) => values[k]),
    label: kept ? 1 : 0,
  };
}

function metricsOn(model: Model, examples: Example[]): SliceMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of examples) {
    const suggested = logit(model.weights, model.bias, e) >= 0;
    if (suggested && e.label) tp++;
    else if (suggested) fp++;
    else if (e.label) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * Retrains the check-worthiness model on the desk's own decisions: warm-started from the active model,
 * regularised toward the shipped one (the debate sentences themselves are not part of the product),
 * and measured before and after on a held-back slice of the desk's examples.
 */
export function retrainOnDeskExamples(
  desk: DeskExample[],
  active: Model,
  shipped: Model,
  version: string,
): { model: Model; evaluation: RetrainEvaluation } {
  const train: Example[] = [];
  const heldBack: Example[] = [];
  for (const d of desk)
    (sentenceHash(d.sentence) % HELD_BACK_EVERY === 0 ? heldBack : train).push(exampleOf(d, shipped.bits));
  const trained = trainLogistic(train, {
    dimensions: modelDimensions(shipped.bits),
    lambda: LAMBDA,
    epochs: EPOCHS,
    seed: SEED,
    prior: { weights: shipped.weights, bias: shipped.bias },
    start: { weights: active.weights, bias: active.bias },
  });
  for (const i of POLICY) trained.weights[i] = shipped.weights[i];
  const model: Model = { version, bits: shipped.bits, bias: trained.bias, weights: trained.weights };
  return {
    model,
    evaluation: {
      trainedOn: train.length,
      heldBack: heldBack.length,
      before: metricsOn(active, heldBack),
      after: metricsOn(model, heldBack),
    },
  };
}
