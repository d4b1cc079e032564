import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addNoteSchema } from './note';
import { addSourceSchema } from './source';
import { saveVerdictSchema } from './verdict';

const errorsOf = (result: { error?: z.ZodError }): Record<string, string[] | undefined> =>
  result.error ? z.flattenError(result.error).fieldErrors : {};

describe('add source form', () => {
  const valid = {
    claimId: 'c1',
    url: 'https://example.org/report',
    title: 'UN report',
    publisher: 'OHCHR',
    kind: 'OFFICIAL_RECORD',
    stance: 'CONTRADICTS',
  };

  it('accepts a complete source and treats empty optional inputs as absent', () => {
    const parsed = addSourceSchema.parse({
      ...valid,
      archiveUrl: '',
      publishedAt: '',
      figure: '',
      excerpt: '',
    });
    expect(parsed.archiveUrl).toBeUndefined();
    expect(parsed.publishedAt).toBeUndefined();
    expect(parsed.figure).toBeUndefined();
  });

  it('reads a figure with thousands separators and a date from the date picker', () => {
    const parsed = addSourceSchema.parse({ ...valid, figure: '1,200', publishedAt: '2025-08-01' });
    expect(parsed.figure).toBe(1200);
    expect(parsed.publishedAt?.toISOString()).toBe('2025-08-01T00:00:00.000Z');
  });

  it('reports every bad field at once, with a message an editor understands', () => {
    const errors = errorsOf(
      addSourceSchema.safeParse({
        claimId: 'c1',
        url: 'not a url',
        title: '',
        publisher: '',
        figure: 'lots',
      }),
    );
    expect(errors.url?.[0]).toMatch(/full web address/);
    expect(errors.title?.[0]).toBe('Title is required.');
    expect(errors.publisher?.[0]).toBe('Publisher is required.');
    expect(errors.kind?.[0]).toMatch(/kind of source/);
    expect(errors.stance?.[0]).toMatch(/supports, contradicts/);
    expect(errors.figure?.[0]).toBe('Figure must be a number.');
  });

  it('refuses javascript: and other non-web URLs', () => {
    expect(errorsOf(addSourceSchema.safeParse({ ...valid, url: 'javascript:alert(1)' })).url).toBeDefined();
    expect(
      errorsOf(addSourceSchema.safeParse({ ...valid, archiveUrl: 'ftp://x.org/a' })).archiveUrl,
    ).toBeDefined();
  });
});

describe('verdict form', () => {
  const valid = {
    claimId: 'c1',
    version: '3',
    rating: 'MOSTLY_FALSE',
    conclusion: 'Estimates are lower.',
    rationale: 'Because…',
  };

  it('coerces the version that FormData sends as a string', () => {
    expect(saveVerdictSchema.parse(valid).version).toBe(3);
  });

  it('rejects an unknown rating, an over-long conclusion and a script tag in the rationale', () => {
    const errors = errorsOf(
      saveVerdictSchema.safeParse({
        ...valid,
        rating: 'PANTS_ON_FIRE',
        conclusion: 'x'.repeat(201),
        rationale: '<script>alert(1)</script>',
      }),
    );
    expect(errors.rating?.[0]).toBe('Choose a rating.');
    expect(errors.conclusion?.[0]).toBe('Conclusion must be at most 200 characters.');
    expect(errors.rationale?.[0]).toMatch(/cannot contain <script>/);
  });
});

describe('note form', () => {
  it('rejects blank notes and trims the rest', () => {
    expect(errorsOf(addNoteSchema.safeParse({ claimId: 'c1', body: '   ' })).body?.[0]).toBe(
      'Note is required.',
    );
    expect(addNoteSchema.parse({ claimId: 'c1', body: '  call the ministry  ' }).body).toBe(
      'call the ministry',
    );
  });
});

describe('control characters', () => {
  const nul = 'call the\u0000 ministry';
  it('refuses NUL and other invisible controls in every kind of text field, under that field', () => {
    expect(errorsOf(addNoteSchema.safeParse({ claimId: 'c1', body: nul })).body?.[0]).toContain(
      'Note contains an invisible control character',
    );
    const source = addSourceSchema.safeParse({
      claimId: 'c1',
      url: 'https://example.org/\u0000x',
      title: 'UN\u001b report',
      publisher: 'OHCHR',
      excerpt: 'a\u007fb',
      kind: 'OTHER',
      stance: 'CONTEXT',
    });
    expect(Object.keys(errorsOf(source)).sort()).toEqual(['excerpt', 'title', 'url']);
    expect(
      errorsOf(
        saveVerdictSchema.safeParse({
          claimId: 'c1',
          version: '1',
          rating: 'FALSE',
          conclusion: 'No\u0085',
          rationale: 'ok',
        }),
      ).conclusion?.[0],
    ).toContain('control character');
  });

  it('keeps tabs and line breaks, which are ordinary text', () => {
    expect(addNoteSchema.parse({ claimId: 'c1', body: 'line one\r\n\tline two' }).body).toBe(
      'line one\r\n\tline two',
    );
  });

  it('refuses a year-0000 date that Postgres cannot store', () => {
    const source = addSourceSchema.safeParse({
      claimId: 'c1',
      url: 'https://example.org',
      title: 'UN',
      publisher: 'OHCHR',
      kind: 'OTHER',
      stance: 'CONTEXT',
      publishedAt: '0000-01-01',
    });
    expect(errorsOf(source).publishedAt?.[0]).toBe('Publication date must be in 1900 or later.');
  });
});
