import { z } from 'zod';
import { articleText, MAX_ARTICLE_CHARS } from './article-import';
import { idempotencyKey, jsonList, requiredText } from './fields';

/** More files than an editor would check by hand in one sitting; each becomes an article. */
export const MAX_BULK_FILES = 50;

/** "pm-briefing_2026-11-02.txt" → "pm briefing 2026-11-02": the file name is the article's title. */
export const titleFromFileName = (name: string) =>
  name
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[_]+|(?<!\d)-|-(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Each file's problem is named by its file name (the form has one field for all of them). */
function articlesFrom(files: { name: string; text: string }[], ctx: z.RefinementCtx) {
  const articles = files.map(({ name, text }) => {
    const title = titleFromFileName(name);
    const parsed = articleText.safeParse(text);
    if (!title) ctx.addIssue({ code: 'custom', message: `“${name}” needs a file name to use as the title.` });
    if (!parsed.success)
      ctx.addIssue({ code: 'custom', message: `${name}: ${parsed.error.issues[0].message}` });
    return parsed.success ? { title: title.slice(0, 300), text: parsed.data } : null;
  });
  return articles.every((a) => a !== null && a.title)
    ? (articles as { title: string; text: string }[])
    : z.NEVER;
}

/** The browser reads the chosen files and posts them as one JSON field, like the import review's claims. */
const filesJson = z
  .string({ error: 'Choose at least one text file.' })
  .transform(jsonList('The files could not be read; choose them again.'))
  .pipe(
    z
      .array(z.object({ name: z.string().max(300), text: z.string() }), {
        error: 'The files could not be read; choose them again.',
      })
      .min(1, 'Choose at least one text file.')
      .max(MAX_BULK_FILES, `Choose at most ${MAX_BULK_FILES} files at once.`)
      .transform(articlesFrom),
  );

export const bulkImportSchema = z.object({
  outlet: requiredText('Outlet', 200),
  publishedAt: z.iso
    .date({ error: 'Publication date is required (YYYY-MM-DD).' })
    .transform((d) => new Date(`${d}T00:00:00Z`)),
  files: filesJson,
  idempotencyKey,
});

export type BulkImportInput = z.output<typeof bulkImportSchema>;

export const BULK_FILE_HINT = `Plain text (.txt), one article per file, up to ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters each; the file name becomes the title.`;
