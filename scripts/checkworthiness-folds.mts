import { modelDimensions } from '../lib/claims/checkworthiness-model';
import {
  trainLogistic,
  type Example,
  type TrainOptions,
  type Trained,
} from '../lib/claims/train-checkworthiness';

/**
 * Folds by debate rather than at random. ClaimBuster numbers its sentences in debate order, so cutting
 * the ids into contiguous runs holds out whole debates (a span of years and speakers), the way the
 * model meets a new transcript; random folds would put a debate's own sentences on both sides and
 * reward memorising its topics.
 */
export function debateFolds(trainIds: number[], folds: number): (id: number) => number {
  const sorted = [...trainIds].sort((a, b) => a - b);
  const bounds = Array.from(
    { length: folds - 1 },
    (_, k) => sorted[Math.floor(((k + 1) * sorted.length) / folds)],
  );
  return (id) => bounds.filter((bound) => id >= bound).length;
}

/** One model per fold, each trained without that fold's debates. */
export const foldModels = (
  examples: Example[],
  fold: number[],
  folds: number,
  options: TrainOptions,
): Trained[] =>
  Array.from({ length: folds }, (_, k) =>
    trainLogistic(
      examples.filter((_, i) => fold[i] !== k),
      options,
    ),
  );

/** The mean of the fold models' weights: one linear model, the size of any of them, that averages their scores. */
export function averageModels(models: Trained[], bits: number): Trained {
  const weights = new Float64Array(modelDimensions(bits));
  let bias = 0;
  for (const model of models) {
    model.weights.forEach((w, i) => (weights[i] += w / models.length));
    bias += model.bias / models.length;
  }
  return { weights, bias };
}
