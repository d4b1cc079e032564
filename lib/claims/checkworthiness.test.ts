import { describe, expect, it } from 'vitest';
import { CHECKWORTHY_THRESHOLD, scoreSentence } from './checkworthiness';

describe('check-worthiness score', () => {
  it('scores factual, checkable statements above the threshold', () => {
    for (const s of [
      'Unemployment fell to 4 percent last year, the lowest rate since 1974.',
      'He voted for the war in Iraq in 2002.',
      'We have the highest murder rate in the world.',
    ]) {
      expect(scoreSentence(s).score, s).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
    }
  });

  it('scores questions, plans, thanks and opinions below it', () => {
    for (const s of [
      'Why is it on the ballot?',
      'I will call up NATO in a little while.',
      'Thank you all for coming tonight.',
      'I think he is a good man.',
      'Take a look at it.',
    ]) {
      expect(scoreSentence(s).score, s).toBeLessThan(CHECKWORTHY_THRESHOLD);
    }
  });

  it('lists the features that pushed the score most, strongest first', () => {
    const { cues } = scoreSentence('Unemployment fell to 4 percent last year.');
    expect(cues.find((c) => c.startsWith('states a figure'))).toMatch(
      /^states a figure \(\+\d\.\d\d\): “4”$/,
    );
    const pushes = cues.map((c) => Math.abs(Number(c.match(/\(([-+]\d\.\d\d)\)/)![1])));
    expect(pushes).toEqual([...pushes].sort((a, b) => b - a));
    expect(scoreSentence('Why is it on the ballot?').cues[0]).toMatch(/^question \(-\d\.\d\d\): “\?”$/);
  });
});
