import { expect, pageAs, test } from './fixtures';

test('bad input on each form shows a message under the field, keeps what was typed and stores nothing', async ({
  browser,
  world,
  db,
}) => {
  const claim = world.claims[1];
  const page = await pageAs(browser, world.users.EDITOR);
  await page.goto(`/desk/claims/${claim.id}`);

  const sourceForm = page.getByTestId('source-form');
  await sourceForm.getByRole('button', { name: 'Add source' }).click();
  await expect(sourceForm.getByTestId('error-url')).toHaveText('Source URL is required.');
  await expect(sourceForm.getByTestId('error-title')).toHaveText('Title is required.');
  await expect(sourceForm.getByTestId('error-stance')).toContainText('Choose whether the source supports');
  await expect(sourceForm.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');

  await sourceForm.getByLabel('Source URL').fill('not a link');
  await sourceForm.getByLabel('Title').fill('A title I typed');
  await sourceForm.getByRole('button', { name: 'Add source' }).click();
  await expect(sourceForm.getByTestId('error-url')).toContainText('must be a full web address');
  await expect(sourceForm.getByLabel('Title')).toHaveValue('A title I typed');
  await expect(sourceForm.getByLabel('Source URL')).toHaveValue('not a link');

  const verdictForm = page.getByTestId('verdict-form');
  await verdictForm.getByLabel('Rating').selectOption('FALSE');
  await verdictForm.getByLabel('Conclusion').fill('x'.repeat(201));
  await verdictForm.getByLabel('Rationale').fill('fine');
  await verdictForm.getByRole('button', { name: 'Save verdict' }).click();
  await expect(verdictForm.getByTestId('error-conclusion')).toHaveText(
    'Conclusion must be at most 200 characters.',
  );

  const noteForm = page.getByTestId('note-form');
  await noteForm.getByLabel('Internal note').fill('<script>alert("x")</script>');
  await noteForm.getByRole('button', { name: 'Add note' }).click();
  await expect(noteForm.getByTestId('error-body')).toContainText('cannot contain <script> tags');

  expect(await db.source.count({ where: { claimId: claim.id } })).toBe(0);
  expect(await db.verdict.count({ where: { claimId: claim.id } })).toBe(0);
  expect(await db.note.count({ where: { claimId: claim.id } })).toBe(0);
});

test('a second editor saving over a newer verdict gets a conflict, keeps their text, and nothing is overwritten', async ({
  browser,
  world,
  db,
}) => {
  const claim = world.claims[2];
  const first = await pageAs(browser, world.users.EDITOR);
  const second = await pageAs(browser, world.users.ADMIN);
  await first.goto(`/desk/claims/${claim.id}`);
  await second.goto(`/desk/claims/${claim.id}`);

  for (const [page, conclusion] of [
    [first, 'First editor conclusion'],
    [second, 'Second editor conclusion'],
  ] as const) {
    const form = page.getByTestId('verdict-form');
    await form.getByLabel('Rating').selectOption('HALF_TRUE');
    await form.getByLabel('Conclusion').fill(conclusion);
    await form.getByLabel('Rationale').fill(`${conclusion} rationale`);
  }
  await first.getByTestId('verdict-form').getByRole('button', { name: 'Save verdict' }).click();
  await expect(first.getByTestId('verdict-form').getByTestId('form-success')).toBeVisible();

  const secondForm = second.getByTestId('verdict-form');
  await secondForm.getByRole('button', { name: 'Save verdict' }).click();
  await expect(secondForm.getByTestId('form-error')).toContainText(
    `Someone else changed this claim while you were working: ${world.users.EDITOR.name} saved a verdict`,
  );
  await expect(secondForm.getByTestId('form-error')).toContainText('First editor conclusion');
  await expect(secondForm.getByLabel('Conclusion')).toHaveValue('Second editor conclusion');
  await expect(second.getByTestId('verdict')).toContainText('First editor conclusion');
  expect((await db.verdict.findMany({ where: { claimId: claim.id } })).map((v) => v.conclusion)).toEqual([
    'First editor conclusion',
  ]);

  // Having seen the other change, the second editor can deliberately save again.
  await secondForm.getByRole('button', { name: 'Save verdict' }).click();
  await expect(secondForm.getByTestId('form-success')).toBeVisible();
  expect(await db.verdict.count({ where: { claimId: claim.id } })).toBe(2);
});
