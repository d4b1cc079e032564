import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKWORTHY_THRESHOLD, extractClaims } from './extract-claims';
import { parseQuantity } from './parse-quantity';

const text = readFileSync(path.join(import.meta.dirname, '../../prisma/anchorage-press-conference.txt'), 'utf8');
const suggestions = extractClaims(text);
const find = (words: string) => suggestions.find((s) => s.quote.includes(words));

describe('first claim extractor on the Anchorage article', () => {
  it('keeps exact character offsets for every sentence', () => {
    for (const s of suggestions) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });

  it('finds the casualty figure with its range and period', () => {
    const casualty = find('7,000 people a week');
    expect(casualty?.kind).toBe('CASUALTY_FIGURE');
    expect(casualty?.score).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
    expect(casualty?.quantity).toEqual({ min: 5000, max: 7000, unit: 'people killed', period: 'week' });
  });

  it('types the hoax assertion and the agreement claim', () => {
    expect(find('He knew it was a hoax')?.kind).toBe('HOAX_ASSERTION');
    expect(find('many, many points that we agreed on')?.kind).toBe('AGREEMENT');
  });

  it('keeps plans and pleasantries below the threshold', () => {
    for (const words of ['I will call up NATO in a little while', "Let's do the most productive one right now", 'I would like to thank President Putin']) {
      expect(find(words)?.score, words).toBeLessThan(CHECKWORTHY_THRESHOLD);
    }
  });
});

describe('quantity parsing', () => {
  it('reads single figures and percentages', () => {
    expect(parseQuantity('About 12,000 patients were treated')).toMatchObject({ min: 12000, max: 12000, unit: 'patients' });
    expect(parseQuantity('Turnout rose to 90 percent')).toMatchObject({ min: 90, unit: 'percent' });
    expect(parseQuantity('No numbers here')).toBeNull();
  });
});
