import { describe, expect, it } from 'vitest';
import { querySenses, softQueryCoverage, softTextCoverage, weightedWords } from './soft-word-overlap';
import { wordVectors } from './word-vectors';

describe('soft word overlap', () => {
  it('counts a paraphrase that shares no word as covering the query, and an unrelated claim not', async () => {
    const v = await wordVectors();
    const query = querySenses(v, 'Senator murdered by gunmen');
    const paraphrase = weightedWords(v, 'Lawmaker killed by attackers');
    const unrelated = weightedWords(v, 'Banana prices rise in winter');
    expect(softQueryCoverage(query, paraphrase)).toBeGreaterThan(softQueryCoverage(query, unrelated) + 0.2);
    expect(softTextCoverage(query, paraphrase)).toBeGreaterThan(softTextCoverage(query, unrelated) + 0.2);
  });

  it('gives full coverage to the same words and weighs rare words above common ones', async () => {
    const v = await wordVectors();
    const query = querySenses(v, 'the vaccine');
    expect(softQueryCoverage(query, weightedWords(v, 'vaccine the'))).toBeCloseTo(1, 5);
    const [the, vaccine] = weightedWords(v, 'the vaccine');
    expect(vaccine.weight).toBeGreaterThan(5 * the.weight);
  });

  it('weighs query words by their rarity among claims when it is known, so an everyday claim word says less', async () => {
    const v = await wordVectors();
    const rarity = new Map([
      ['trump', 0.5],
      ['vaccine', 5],
    ]);
    const query = querySenses(v, 'trump vaccine', rarity);
    expect(softQueryCoverage(query, weightedWords(v, 'vaccine'))).toBeGreaterThan(0.9);
    expect(softQueryCoverage(query, weightedWords(v, 'trump'))).toBeLessThan(0.5);
  });
});
