import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './field-errors';
import { bulkImportSchema, titleFromFileName } from './bulk-import';

const form = (files: { name: string; text: string }[]) => ({
  outlet: 'Wire',
  publishedAt: '2026-11-02',
  files: JSON.stringify(files),
});

describe('bulk import input', () => {
  it('titles each article after its file name, keeping dates whole', () => {
    expect(titleFromFileName('pm-briefing_2026-11-02.txt')).toBe('pm briefing 2026-11-02');
    expect(titleFromFileName('Health secretary, Leeds.TXT')).toBe('Health secretary, Leeds');
  });

  it('names the file that cannot be imported, under the one files field', () => {
    const result = bulkImportSchema.safeParse(
      form([
        { name: 'fine.txt', text: 'The minister said 40 percent of schools closed.' },
        { name: 'blank.txt', text: '   ' },
        { name: 'nul.txt', text: 'A\u0000B' },
      ]),
    );
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!).files).toEqual([
      'blank.txt: Article text is required.',
      expect.stringMatching(/^nul\.txt: Article text contains an invisible control character/),
    ]);
  });

  it('asks for at least one file, and reads line breaks as the single import does', () => {
    expect(fieldErrorsOf(bulkImportSchema.safeParse(form([])).error!).files).toEqual([
      'Choose at least one text file.',
    ]);
    const ok = bulkImportSchema.parse(form([{ name: 'a.txt', text: 'One.\r\nTwo.' }]));
    expect(ok.files).toEqual([{ title: 'a', text: 'One.\nTwo.' }]);
  });
});
