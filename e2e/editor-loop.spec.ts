import { checkClaimReview, jsonLdBlocks } from '../lib/claimreview/check-claim-review';
import { expect, pageAs, test } from './fixtures';

test('an editor researches the casualty claim, a chief publishes it, the public sees a valid verdict page', async ({
  browser,
  world,
  db,
}) => {
  // Two people, a publish and a report download: generous on a busy machine.
  test.slow();
  const editor = await pageAs(browser, world.users.EDITOR);

  // The article reader highlights every claim at its offsets and lists them beside the text.
  await editor.goto(`/desk/articles/${world.article.id}`);
  await expect(editor.locator('mark[data-claim-id]')).toHaveCount(world.claims.length);
  await expect(editor.getByTestId('claim-list').getByRole('listitem')).toHaveCount(world.claims.length);
  await expect(editor.locator(`mark[data-claim-id="${world.casualty.id}"]`)).toHaveText(world.casualty.quote);

  await editor.locator(`mark[data-claim-id="${world.casualty.id}"]`).getByRole('link').click();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(world.casualty.claimReviewed);

  const sourceForm = editor.getByTestId('source-form');
  await sourceForm.getByLabel('Source URL').fill('https://www.ohchr.org/en/news/ukraine-civilian-casualties');
  await sourceForm.getByLabel('Title').fill('Ukraine: civilian casualty update');
  await sourceForm.getByLabel('Publisher').fill('OHCHR');
  await sourceForm.getByLabel('Kind').selectOption('OFFICIAL_RECORD');
  await sourceForm.getByLabel('Stance').selectOption('CONTRADICTS');
  await sourceForm.getByRole('button', { name: 'Add source' }).click();
  await expect(
    editor.getByTestId('sources').getByRole('link', { name: 'Ukraine: civilian casualty update' }),
  ).toBeVisible();

  const verdictForm = editor.getByTestId('verdict-form');
  await verdictForm.getByLabel('Rating').selectOption('MOSTLY_FALSE');
  await verdictForm
    .getByLabel('Conclusion')
    .fill('Estimates of weekly deaths are lower, though still in the thousands.');
  await verdictForm
    .getByLabel('Rationale')
    .fill('Published estimates of **combined** military deaths vary widely.');
  await verdictForm.getByRole('button', { name: 'Save verdict' }).click();
  await expect(verdictForm.getByTestId('form-success')).toHaveText('Verdict saved.');

  const noteForm = editor.getByTestId('note-form');
  await noteForm.getByLabel('Internal note').fill('INTERNAL: ask the ministry for the raw series');
  await noteForm.getByRole('button', { name: 'Add note' }).click();
  await expect(editor.getByTestId('notes')).toContainText('INTERNAL: ask the ministry for the raw series');

  await editor.getByRole('button', { name: 'Send for review' }).click();
  await expect(editor.getByTestId('review')).toContainText('You wrote this verdict');

  const chief = await pageAs(browser, world.users.CHIEF);
  await chief.goto(`/desk/claims/${world.casualty.id}`);
  await chief.getByTestId('vote-form').getByLabel('Your decision').selectOption('APPROVE');
  await chief.getByRole('button', { name: 'Record vote' }).click();
  await expect(chief.getByTestId('review')).toContainText('approved and ready to publish');
  await chief.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(chief.getByTestId('workflow')).toContainText('Published on');

  // Signed out: the public verdict page with exactly one valid ClaimReview block.
  const reader = await browser.newPage();
  const response = await reader.goto(`/claims/${world.casualty.slug}`);
  expect(response?.status()).toBe(200);
  const shownLabel = await reader.getByTestId('verdict-label').innerText();
  expect(shownLabel).toBe('Mostly false');
  await expect(reader.getByText('What was said')).toBeVisible();
  await expect(reader.locator('mark')).toHaveText(world.casualty.quote);
  await expect(reader.getByText('reviewed by')).toContainText(world.users.CHIEF.name);
  const html = await reader.content();
  const blocks = jsonLdBlocks(html);
  expect(blocks).toHaveLength(1);
  expect(
    checkClaimReview(blocks[0], {
      pageUrl: `http://localhost:${process.env.E2E_PORT ?? 3107}/claims/${world.casualty.slug}`,
      shownLabel,
    }),
  ).toEqual([]);
  expect(html).not.toContain('INTERNAL: ask the ministry');

  // Back in the workspace: the Markdown report, with notes only in the internal variant.
  await editor.goto(`/desk/articles/${world.article.id}`);
  const download = editor.waitForEvent('download');
  await editor.getByRole('link', { name: 'Report with internal notes' }).click();
  const internal = await (
    await download
  )
    .path()
    .then((p) => import('node:fs').then((fs) => fs.readFileSync(p, 'utf8')));
  expect(internal).toContain(`# Fact-check report: ${world.article.title}`);
  expect(internal).toContain(
    '- **Verdict:** Mostly false — Estimates of weekly deaths are lower, though still in the thousands.',
  );
  expect(internal).toContain(
    '[Ukraine: civilian casualty update](https://www.ohchr.org/en/news/ukraine-civilian-casualties)',
  );
  expect(internal).toContain('INTERNAL: ask the ministry for the raw series');

  const publicReport = await editor.request.get(`/api/reports?format=md&article=${world.article.id}`);
  expect(publicReport.status()).toBe(200);
  expect(await publicReport.text()).not.toContain('INTERNAL: ask the ministry');

  const audit = await db.auditEvent.findMany({
    where: { entityId: world.casualty.id },
    orderBy: { createdAt: 'asc' },
  });
  expect(audit.map((e) => e.action)).toEqual([
    'source.add',
    'verdict.save',
    'note.add',
    'claim.status',
    'verdict.vote',
    'claim.publish',
  ]);
});
