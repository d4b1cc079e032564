import { describe, expect, it } from 'vitest';
import { composeNumberWords } from './number-words';
import { parseQuantity } from './parse-quantity';

describe('quantity normalisation', () => {
  it('reads a list of figures as a range with the fate of the people counted and the period', () => {
    expect(parseQuantity("We're going to stop, 5,000, 6,000, 7,000 people a week from being killed")).toEqual(
      { min: 5000, max: 7000, unit: 'people killed', period: 'week' },
    );
    expect(parseQuantity('between 5 and 10 soldiers died')).toEqual({
      min: 5,
      max: 10,
      unit: 'soldiers dead',
    });
    expect(parseQuantity('There were 20,000 deaths last month')).toEqual({
      min: 20000,
      max: 20000,
      unit: 'deaths',
    });
  });

  it('reads fractions and percentages as percent', () => {
    expect(parseQuantity('A third of voters stayed home.')).toEqual({
      min: 33.33,
      max: 33.33,
      unit: 'percent',
    });
    expect(parseQuantity('two-thirds of Americans agree')).toMatchObject({ min: 66.67, unit: 'percent' });
    expect(parseQuantity('Turnout rose to 90 percent')).toEqual({ min: 90, max: 90, unit: 'percent' });
    expect(parseQuantity('Turnout rose to 90% in the north')).toMatchObject({ min: 90, unit: 'percent' });
  });

  it('scales money and keeps the period', () => {
    expect(parseQuantity('It costs 28 billion pounds a year.')).toEqual({
      min: 28e9,
      max: 28e9,
      unit: 'pounds',
      period: 'year',
    });
    expect(parseQuantity('The scheme costs £28bn annually')).toEqual({
      min: 28e9,
      max: 28e9,
      unit: 'pounds',
      period: 'year',
    });
    expect(parseQuantity('I paid $38 million one year')).toMatchObject({ min: 38e6, unit: 'dollars' });
  });

  it('counts things with their unit', () => {
    expect(parseQuantity('About 12,000 patients were treated')).toEqual({
      min: 12000,
      max: 12000,
      unit: 'patients',
    });
    expect(parseQuantity('40,000 people a day are contracting COVID')).toEqual({
      min: 40000,
      max: 40000,
      unit: 'people',
      period: 'day',
    });
  });

  it('reads written-out numbers', () => {
    expect(parseQuantity('two million people lost coverage')).toEqual({ min: 2e6, max: 2e6, unit: 'people' });
    expect(parseQuantity('twelve')).toEqual({ min: 12, max: 12, unit: 'count' });
    expect(parseQuantity('twenty-five thousand troops')).toMatchObject({ min: 25000, unit: 'troops' });
    expect(composeNumberWords(['one', 'hundred', 'and', 'twelve'])).toBe(112);
  });

  it('takes "a year early" as when, not how often, and "a daily pill" as no rate', () => {
    expect(parseQuantity('We recruited 50,000 nurses, a target we met a year early.')).toEqual({
      min: 50000,
      max: 50000,
      unit: 'nurses',
    });
    expect(parseQuantity('A daily pill cut the risk by 33% in a trial.')).toEqual({
      min: 33,
      max: 33,
      unit: 'percent',
    });
  });

  it('ignores years, the pronoun "one" and text without figures', () => {
    expect(parseQuantity('They had the slowest recovery since 1929.')).toBeNull();
    expect(parseQuantity('One is probably the most significant')).toBeNull();
    expect(parseQuantity('No numbers here')).toBeNull();
  });
});
