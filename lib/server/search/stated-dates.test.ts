import { describe, expect, it } from 'vitest';
import { statedMonths } from './stated-dates';

describe('months a claim dates what it checks to', () => {
  it('reads "in August 2019", "on 27 May 2019" and "May 27, 2019", and not a bare year', () => {
    expect([
      ...statedMonths('Fires burned in August 2019, as on 27 May 2019 and May 27, 2019, in 2018.'),
    ]).toEqual([2019 * 12 + 7, 2019 * 12 + 4]);
  });
});
