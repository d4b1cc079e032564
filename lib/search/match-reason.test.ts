import { describe, expect, it } from 'vitest';
import { matchReason } from './match-reason';

const none = { quantityMin: null, quantityMax: null, quantityUnit: null, quantityPeriod: null };

describe('the reason shown beside a previously checked claim', () => {
  it('names the same structured figure', () => {
    const q = { quantityMin: 5000, quantityMax: 7000, quantityUnit: 'people killed', quantityPeriod: 'week' };
    expect(matchReason({ ...q, text: 'a' }, { ...q, text: 'b' }, [])).toBe(
      'same figure: 5,000–7,000 people killed per week',
    );
  });

  it('lists distinctive shared words in the earlier claim’s spelling', () => {
    const reason = matchReason(
      { ...none, text: 'the russia hoax, we were interfered with' },
      { ...none, text: 'Trump says the hoax about Russia interfered with the election' },
      ['Donald Trump'],
    );
    expect(reason).toBe('shares: hoax, Russia, interfered');
  });

  it('offers nothing when the claims share only their speaker’s name', () => {
    const reason = matchReason(
      { ...none, text: 'Trump said what was done was criminal' },
      { ...none, text: 'Trump said the summit went well' },
      ['Donald Trump', 'Donald Trump'],
    );
    expect(reason).toBeNull();
  });

  it('still names the speaker among other shared words', () => {
    const reason = matchReason(
      { ...none, text: 'Trump said the Russia hoax hurt relations' },
      { ...none, text: "Trump called the Russia investigation a 'hoax'" },
      ['Donald Trump'],
    );
    expect(reason).toBe('shares: Trump, Russia, hoax');
  });
});
