import shippedWeights from './model/checkworthiness-weights.json' with { type: 'json' };
import type { ClauseContext } from './checkworthiness-cues';
import { evidenceOf, featuresOf } from './checkworthiness-features';
import { decodeModel, type Model, type StoredModel } from './checkworthiness-model';
import { analyse, type Token } from './nlp';
import { quantityFromTokens } from './parse-quantity';
import { sigmoid } from './train-checkworthiness';

export type { ClauseContext } from './checkworthiness-cues';
export type { Model } from './checkworthiness-model';

/** Suggestions scoring at or above this are shown as claims; the model's bias puts its tuned threshold here. */
export const CHECKWORTHY_THRESHOLD = 0.5;
/** How many of the strongest reasons an editor sees for a score. */
const CUES_SHOWN = 5;
/** Pushes smaller than this are noise to an editor, whatever their rank. */
const MIN_PUSH = 0.05;

export type Assessment = { score: number; cues: string[] };

let shipped: Model | undefined;

/** The model trained on the ClaimBuster sentences and committed with the code (see lib/claims/model/model-card.md). */
export function shippedModel(): Model {
  shipped ??= decodeModel(shippedWeights as StoredModel);
  return shipped;
}

const signed = (x: number) => `${x > 0 ? '+' : ''}${x.toFixed(2)}`;

/** Indices of the largest |pushes|, kept in a short sorted list rather than sorting every source. */
function strongest(pushed: Float64Array, count: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < pushed.length; i++) {
    if (Math.abs(pushed[i]) < MIN_PUSH) continue;
    let at = top.length;
    while (at > 0 && Math.abs(pushed[top[at - 1]]) < Math.abs(pushed[i])) at--;
    if (at < count) {
      top.splice(at, 0, i);
      if (top.length > count) top.pop();
    }
  }
  return top;
}

/**
 * Check-worthiness of a clause from the learned model. The cues are the features that moved the score
 * most, named as an editor reads them: an engine cue ("states a figure"), a word, a two-word phrase or
 * a sentence pattern.
 */
export function assessTokens(
  tokens: Token[],
  text: string,
  context: ClauseContext = {},
  quantity = quantityFromTokens(tokens),
  model = shippedModel(),
): Assessment {
  const features = featuresOf(tokens, text, quantity, context, model.bits);
  const { indices, sources, table, cueCount, ngramValue } = features;
  const pushed = new Float64Array(table.length);
  let z = model.bias;
  for (let k = 0; k < indices.length; k++) {
    const w = model.weights[indices[k]] * (k < cueCount ? 1 : ngramValue);
    z += w;
    pushed[sources[k]] += w;
  }
  const cues = strongest(pushed, CUES_SHOWN).map(
    (i) => `${table[i].label} (${signed(pushed[i])}): “${evidenceOf(features, table[i])}”`,
  );
  return { score: Math.round(sigmoid(z) * 100) / 100, cues };
}

/** Scores one sentence on its own, exactly as the engine scores a clause with no context. */
export function scoreSentence(text: string, model = shippedModel()): Assessment {
  const tokens = analyse(text).flatMap((s) => s.tokens);
  return assessTokens(tokens, text, {}, quantityFromTokens(tokens), model);
}
