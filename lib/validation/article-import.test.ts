import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './field-errors';
import { importArticleSchema, MAX_ARTICLE_CHARS } from './article-import';

const text = 'Intro line.\n"We lost 5,000 people a week," she said.';
const quote = 'We lost 5,000 people a week';
const claim = {
  quote,
  start: text.indexOf(quote),
  end: text.indexOf(quote) + quote.length,
  speaker: 'Jane Doe',
  kind: 'CASUALTY_FIGURE',
  score: 0.9,
  claimReviewed: '5,000 people a week were lost',
  quantity: { min: 5000, max: 5000, unit: 'people', period: 'week' },
};
const form = (over: Record<string, string> = {}) => ({
  title: 'T',
  outlet: 'O',
  publishedAt: '2025-08-16',
  url: '',
  text,
  claims: JSON.stringify([claim]),
  ...over,
});

describe('article import form', () => {
  it('accepts a paste whose claims sit exactly on their words', () => {
    const parsed = importArticleSchema.parse(form());
    expect(parsed.claims).toHaveLength(1);
    expect(parsed.publishedAt.toISOString()).toBe('2025-08-16T00:00:00.000Z');
  });

  it('normalises the CRLF line breaks browsers submit, so offsets still match', () => {
    expect(importArticleSchema.parse(form({ text: text.replace('\n', '\r\n') })).text).toBe(text);
  });

  it('refuses claims whose quote no longer matches the text at its offsets', () => {
    const result = importArticleSchema.safeParse(form({ text: `X${text}` }));
    expect(fieldErrorsOf(result.error!).claims?.[0]).toMatch(/Claim 1 no longer matches the article text/);
  });

  it('says which claim is missing its speaker', () => {
    const result = importArticleSchema.safeParse(
      form({ claims: JSON.stringify([claim, { ...claim, speaker: ' ' }]) }),
    );
    expect(fieldErrorsOf(result.error!).claims).toEqual(['Claim 2: Speaker is required.']);
  });

  it('refuses text over the limit with a message that says what to do', () => {
    const result = importArticleSchema.safeParse(
      form({ text: 'a'.repeat(MAX_ARTICLE_CHARS + 1), claims: '[]' }),
    );
    expect(fieldErrorsOf(result.error!).text?.[0]).toMatch(/at most 200,000 characters; split longer pieces/);
  });

  it('refuses a claims field that is not JSON', () => {
    expect(
      fieldErrorsOf(importArticleSchema.safeParse(form({ claims: '{oops' })).error!).claims?.[0],
    ).toMatch(/could not be read/);
  });
});
