import { describe, expect, it } from 'vitest';
import shippedWeights from './model/checkworthiness-weights.json' with { type: 'json' };
import { scoreSentence, shippedModel } from './checkworthiness';
import { decodeModel, meaningIndex, type StoredModel } from './checkworthiness-model';

/** The shipped model with every weight but the word meaning's set to zero. */
function meaningOnly() {
  const shipped = shippedModel();
  const weights = new Float64Array(shipped.weights.length);
  weights[meaningIndex(shipped.bits)] = 1;
  return { ...shipped, version: 'meaning only', bias: 0, weights };
}

describe('word meaning in the check-worthiness score', () => {
  it('tells a statement of fact from small talk by what its words mean alone, naming the words', () => {
    const model = meaningOnly();
    const fact = scoreSentence('Exports from the harbour tripled while revenues soared.', model);
    const talk = scoreSentence('I truly appreciate your wonderful and inspiring words tonight.', model);
    expect(fact.score).toBeGreaterThan(0.5);
    expect(talk.score).toBeLessThan(0.5);
    expect(fact.cues[0]).toMatch(/^the word \(\+\d\.\d\d\): “(tripled|soared|revenues|exports)”$/i);
    expect(talk.cues[0]).toMatch(/^the word \(-\d\.\d\d\): “(appreciate|wonderful|inspiring)”$/);
  });

  it('leaves a model stored before word meaning existed scoring as it was trained', () => {
    const { meaning: _, ...older } = shippedWeights as StoredModel;
    const model = decodeModel({ ...older, version: 'stored before word meaning' });
    const text = 'The ceasefire collapsed after two days of shelling.';
    const withoutMeaning = scoreSentence(text, model).score;
    expect(withoutMeaning).not.toBe(scoreSentence(text).score);
    const weights = Float64Array.from(shippedModel().weights);
    weights[meaningIndex(model.bits)] = 0;
    expect(scoreSentence(text, { ...model, weights }).score).toBe(withoutMeaning);
  });
});
