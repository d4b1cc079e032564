import { describe, expect, it } from 'vitest';
import { reportHref, reportQuerySchema, scopeOf } from './report-query';

const parse = (query: string) => reportQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(query)));
const message = (query: string) => {
  const result = parse(query);
  return result.success ? '' : result.error.issues.map((i) => i.message).join(' ');
};

describe('report query', () => {
  it('defaults to the public Markdown report of every claim, and treats empty fields as no filter', () => {
    expect(parse('')).toMatchObject({ success: true, data: { format: 'md', notes: '0' } });
    expect(parse('format=&status=&rating=&speaker=%20&from=&to=')).toMatchObject({
      success: true,
      data: { format: 'md', status: undefined, speaker: undefined },
    });
  });

  it('names what is wrong', () => {
    expect(message('format=docx')).toBe('format must be one of md, html, pdf, csv, json.');
    expect(message('notes=yes')).toBe('notes must be 0 or 1.');
    expect(message('status=DONE')).toContain('status must be one of NEW, RESEARCHING');
    expect(message('rating=WRONG')).toContain('rating must be one of FALSE');
    expect(message('from=2025-8-1')).toBe('from must be a date as YYYY-MM-DD.');
    expect(message('to=2025-02-30')).toBe('to is not a valid date.');
    // Year 0000 parses in JavaScript but not in Postgres: refused here (400), never sent to the database (500).
    expect(message('from=0000-01-01')).toBe('from must be in 1900 or later.');
    expect(message('from=2025-09-02&to=2025-09-01')).toBe('to must not be before from.');
    expect(message('article=../../etc')).toBe('article must be an article id.');
  });

  it('turns from and to into whole UTC days, both included', () => {
    const query = reportQuerySchema.parse({
      status: 'PUBLISHED',
      speaker: ' Donald Trump ',
      from: '2025-08-01',
      to: '2025-08-31',
    });
    expect(scopeOf(query)).toEqual({
      articleId: undefined,
      status: 'PUBLISHED',
      rating: undefined,
      speaker: 'Donald Trump',
      from: new Date('2025-08-01T00:00:00Z'),
      before: new Date('2025-09-01T00:00:00Z'),
    });
  });

  it('builds links without the empty choices', () => {
    expect(reportHref({ format: 'csv', article: 'abc', status: '', notes: '1' })).toBe(
      '/api/reports?format=csv&article=abc&notes=1',
    );
  });
});
