/**
 * Regularised logistic regression trained with mini-batch Adam, deterministic for a given seed.
 * Written here rather than taken from a library because the npm ML packages either ship native
 * code, want dense inputs (a 65k-wide dense matrix of 22,500 rows is 12 GB) or cannot regularise toward
 * a prior, which the newsroom retraining needs: its L2 penalty pulls weights toward the shipped
 * model, not toward zero, so a few hundred desk decisions adjust the model rather than replace it.
 */
export type Example = { indices: ArrayLike<number>; values: ArrayLike<number>; label: 0 | 1 };
export type TrainOptions = {
  dimensions: number;
  /** L2 strength per example: the penalty is lambda/2 · ‖w − prior‖². */
  lambda: number;
  epochs: number;
  seed: number;
  learningRate?: number;
  batchSize?: number;
  /** Weights to regularise toward; zeros when absent. */
  prior?: { weights: Float64Array; bias: number };
  /** Weights to start from (warm start); the prior when absent. */
  start?: { weights: Float64Array; bias: number };
  /** Weight of each positive example relative to a negative one. */
  positiveWeight?: number;
};
export type Trained = { weights: Float64Array; bias: number };

/** Mulberry32: a small seeded generator, so the shuffles (and so the weights) repeat exactly. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(length: number, next: () => number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function logit(
  weights: Float64Array,
  bias: number,
  { indices, values }: Pick<Example, 'indices' | 'values'>,
): number {
  let z = bias;
  for (let k = 0; k < indices.length; k++) z += weights[indices[k]] * values[k];
  return z;
}

export function trainLogistic(examples: Example[], options: TrainOptions): Trained {
  const {
    dimensions,
    lambda,
    epochs,
    seed,
    learningRate = 0.02,
    batchSize = 64,
    positiveWeight = 1,
  } = options;
  const prior = options.prior?.weights ?? new Float64Array(dimensions);
  const weights = Float64Array.from(options.start?.weights ?? prior);
  let bias = options.start?.bias ?? options.prior?.bias ?? 0;
  const m = new Float64Array(dimensions + 1);
  const v = new Float64Array(dimensions + 1);
  const gradient = new Float64Array(dimensions + 1);
  const touched = new Uint8Array(dimensions);
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  const next = random(seed);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = shuffled(examples.length, next);
    for (let from = 0; from < order.length; from += batchSize) {
      const batch = order.slice(from, from + batchSize);
      const active: number[] = [];
      gradient[dimensions] = 0;
      for (const e of batch) {
        const { indices, values, label } = examples[e];
        const weight = label === 1 ? positiveWeight : 1;
        const error = (sigmoid(logit(weights, bias, examples[e])) - label) * weight;
        for (let k = 0; k < indices.length; k++) {
          const i = indices[k];
          if (!touched[i]) {
            touched[i] = 1;
            gradient[i] = 0;
            active.push(i);
          }
          gradient[i] += error * values[k];
        }
        gradient[dimensions] += error;
      }
      step++;
      const correction1 = 1 - beta1 ** step;
      const correction2 = 1 - beta2 ** step;
      // Only the weights this batch touched are updated, L2 pull included (lazy regularisation): updating
      // all 65k weights for every batch of 64 sentences would make training a hundred times slower.
      const update = (i: number, g: number) => {
        m[i] = beta1 * m[i] + (1 - beta1) * g;
        v[i] = beta2 * v[i] + (1 - beta2) * g * g;
        return (learningRate * (m[i] / correction1)) / (Math.sqrt(v[i] / correction2) + epsilon);
      };
      for (const i of active) {
        touched[i] = 0;
        weights[i] -= update(i, gradient[i] / batch.length + lambda * (weights[i] - prior[i]));
      }
      bias -= update(dimensions, gradient[dimensions] / batch.length);
    }
  }
  return { weights, bias };
}
