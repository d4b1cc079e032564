import { describe, expect, it } from 'vitest';
import { CLAIM_REVIEWED_TARGET, VERDICT_WORDS } from './claim-reviewed';
import { extractClaims } from './extract-claims';

const restated = (text: string, speaker?: string) => extractClaims(text, { defaultSpeaker: speaker })[0].claimReviewed;

describe('claimReviewed restatement', () => {
  it('drops hedges and names the speaker for "I"', () => {
    expect(restated('I think I paid $38 million in taxes last year.', 'Donald Trump')).toBe('Trump paid $38 million in taxes last year');
    expect(restated("I've always had a great relationship with the unions.", 'Joe Biden')).toBe('Biden has always had a great relationship with the unions');
  });

  it('frames "we" with the speaker and collapses repetition', () => {
    expect(restated('There were many, many points that we agreed on.', 'Donald Trump')).toBe('Trump says there were many points that we agreed on');
  });

  it('never contains a verdict word', () => {
    for (const text of ["The fact is that everything he's saying so far is simply a lie.", "It's true that the deficit fell by 10 percent.", 'That claim about 40,000 jobs is false.']) {
      const out = restated(text, 'Joe Biden');
      expect(out, text).not.toMatch(VERDICT_WORDS);
      expect(out.length).toBeGreaterThan(10);
    }
  });

  it('keeps to the target length', () => {
    const long = 'They will have to agree with what the ministers and all of the great people from the administration who have come here have done over many years of hard work.';
    const out = restated(long);
    expect(out.length).toBeLessThanOrEqual(CLAIM_REVIEWED_TARGET);
    expect(long.startsWith(out.replace(/…$/, ''))).toBe(true);
  });
});
