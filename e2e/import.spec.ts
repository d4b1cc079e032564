import { ANCHORAGE_TEXT as ANCHORAGE } from '../prisma/anchorage-text';
import { expect, pageAs, test } from './fixtures';

test('an editor pastes an article, reviews the suggested claims and saves them anchored to the text; re-running adds no duplicates', async ({
  browser,
  world,
  db,
}) => {
  // Extraction in a worker, review and two saves: generous on a busy machine.
  test.slow();
  const title = `Imported press conference ${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const page = await pageAs(browser, world.users.EDITOR);
  await page.goto('/desk/import');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Outlet').fill('Wire service');
  await page.getByLabel('Publication date').fill('2025-08-16');
  await page.getByLabel('Article text').fill(ANCHORAGE);
  await page.getByRole('button', { name: 'Find claims' }).click();

  const suggestions = page.getByTestId('suggestion');
  const casualty = suggestions.filter({ hasText: '7,000 people a week' });
  await expect(casualty.getByRole('checkbox')).toBeChecked();
  await expect(casualty).toContainText('asserts 5,000–7,000');

  await page.getByLabel('Show low-scoring sentences too').check();
  await expect(
    suggestions.filter({ hasText: 'I will call up NATO in a little while' }).getByRole('checkbox'),
  ).not.toBeChecked();

  const relationship = suggestions.filter({ hasText: 'fantastic relationship' });
  await relationship.getByRole('checkbox').uncheck();
  await casualty.getByLabel('Claim as checked').fill('Up to 7,000 people a week are being killed in Ukraine');

  const accepted = Number(
    (await page.getByTestId('suggestion-summary').locator('strong').innerText()).trim(),
  );
  expect(accepted).toBeGreaterThanOrEqual(4);
  await page.getByRole('button', { name: `Save article and ${accepted} claims` }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/\w+$/);
  await expect(page.locator('mark[data-claim-id]')).toHaveCount(accepted);

  const article = await db.article.findFirstOrThrow({
    where: { title },
    include: { claims: { include: { speaker: true } } },
  });
  expect(article.text).toBe(ANCHORAGE);
  expect(article.claims).toHaveLength(accepted);
  for (const c of article.claims) expect(article.text.slice(c.startOffset, c.endOffset)).toBe(c.quote);
  const saved = article.claims.find((c) => c.quote.includes('7,000 people a week'));
  expect(saved).toMatchObject({
    kind: 'CASUALTY_FIGURE',
    claimReviewed: 'Up to 7,000 people a week are being killed in Ukraine',
    quantityMin: 5000,
    quantityMax: 7000,
  });
  expect(saved?.speaker.name).toBe('Donald Trump');
  expect(article.claims.some((c) => c.quote.includes('fantastic relationship'))).toBe(false);

  // Re-running extraction offers only what is not yet a claim; adding it twice is impossible.
  await page.getByRole('link', { name: 'Find more claims' }).click();
  const again = page.getByTestId('suggestion');
  await expect(again.filter({ hasText: '7,000 people a week' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Reject all' }).click();
  await page.getByLabel('Show low-scoring sentences too').check();
  await again.filter({ hasText: 'fantastic relationship' }).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Add 1 claim' }).click();
  await expect(page.getByTestId('form-success')).toHaveText('1 claim added.');
  expect(await db.claim.count({ where: { articleId: article.id } })).toBe(accepted + 1);

  await page.reload();
  await page.getByLabel('Show low-scoring sentences too').check();
  await expect(page.getByTestId('suggestion').filter({ hasText: 'fantastic relationship' })).toHaveCount(0);
});

test('an import with missing details shows what to fix, keeps the pasted text and stores nothing', async ({
  browser,
  world,
  db,
}) => {
  const page = await pageAs(browser, world.users.EDITOR);
  await page.goto('/desk/import');
  await page.getByLabel('Article text').fill('A short text. It has 12,000 patients in it.');
  await page.getByRole('button', { name: /Save article and/ }).click();
  await expect(page.getByTestId('error-title')).toHaveText('Title is required.');
  await expect(page.getByTestId('error-publishedAt')).toContainText('Publication date is required');
  await expect(page.getByLabel('Article text')).toHaveValue('A short text. It has 12,000 patients in it.');
  expect(
    await db.article.count({ where: { text: { startsWith: 'A short text. It has 12,000 patients' } } }),
  ).toBe(0);
});

test('an editor imports a batch of files; a server saves each with its suggested claims while the page shows progress', async ({
  browser,
  world,
  db,
}) => {
  // Two extractions in a background job: generous on a busy machine.
  test.slow();
  const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
  const file = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  const briefing = `The health secretary, Maria Lopez, spoke on Tuesday.\n\n"We have built 40 new hospitals since 2019," Lopez said.`;
  const page = await pageAs(browser, world.users.EDITOR);
  await page.goto('/desk/import');
  await page.getByRole('link', { name: 'Import many articles at once' }).click();
  // The single import has the same fields: fill them only once the bulk page is shown.
  await expect(page.getByRole('heading', { name: 'Import many articles' })).toBeVisible();
  await page.getByLabel('Outlet').fill('Wire service');
  await page.getByLabel('Publication date').fill('2025-08-16');

  // An empty file is refused by name, and nothing starts.
  const files = page.getByLabel('Article files');
  await files.setInputFiles([file(`anchorage_${stamp}.txt`, ANCHORAGE), file(`empty_${stamp}.txt`, '  \n')]);
  await page.getByRole('button', { name: 'Import 2 articles' }).click();
  await expect(page.getByTestId('error-files')).toHaveText(`empty_${stamp}.txt: Article text is required.`);
  expect(await db.bulkImport.count({ where: { requestedById: world.users.EDITOR.id } })).toBe(0);

  await files.setInputFiles([
    file(`anchorage_${stamp}.txt`, ANCHORAGE),
    file(`briefing_${stamp}.txt`, briefing),
  ]);
  await expect(page.getByRole('list', { name: 'Chosen files' })).toContainText(`briefing ${stamp}`);
  await page.getByRole('button', { name: 'Import 2 articles' }).click();
  await expect(page).toHaveURL(/\/desk\/import\/bulk\/\w+$/);
  await expect(page.getByTestId('bulk-import-status')).toContainText(
    /Done: 2 articles saved with \d+ suggested claims/,
    {
      timeout: 60_000,
    },
  );
  const saved = page.getByRole('list', { name: 'Saved articles' });
  await expect(saved.getByRole('listitem')).toHaveCount(2);

  const anchorage = await db.article.findFirstOrThrow({
    where: { title: `anchorage ${stamp}` },
    include: { claims: true },
  });
  expect(anchorage.outlet).toBe('Wire service');
  expect(anchorage.claims.length).toBeGreaterThanOrEqual(4);
  await expect(saved.getByRole('listitem').first()).toContainText(`${anchorage.claims.length} claims`);
  await saved.getByRole('link', { name: `anchorage ${stamp}` }).click();
  await expect(page.locator('mark[data-claim-id]')).toHaveCount(anchorage.claims.length);
});
