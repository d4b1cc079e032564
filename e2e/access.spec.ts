import { expect, pageAs, signIn, test } from './fixtures';

test('signed out, the workspace, reports and unpublished verdicts are out of reach', async ({
  page,
  world,
}) => {
  await page.goto('/desk');
  await expect(page).toHaveURL(/\/login/);
  const unpublished = await page.goto(`/claims/${world.casualty.slug}`);
  expect(unpublished?.status()).toBe(404);
  const report = await page.request.get(`/api/reports?format=md&article=${world.article.id}`);
  expect(report.status()).toBe(401);
});

test('a viewer sees no edit controls, no internal notes, and cannot export them', async ({
  browser,
  world,
  db,
}) => {
  await db.note.create({
    data: { claimId: world.casualty.id, body: 'Internal: not for viewers', authorId: world.users.EDITOR.id },
  });
  const page = await pageAs(browser, world.users.VIEWER);
  await page.goto(`/desk/claims/${world.casualty.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(world.casualty.claimReviewed);
  for (const form of ['source-form', 'verdict-form', 'note-form', 'send-for-review'])
    await expect(page.getByTestId(form)).toHaveCount(0);
  await expect(page.getByText('Internal: not for viewers')).toHaveCount(0);
  expect(
    (await page.request.get(`/api/reports?format=md&article=${world.article.id}&notes=1`)).status(),
  ).toBe(403);

  // An edited note's history keeps its earlier words: the viewer learns of the edit, not the words.
  await db.auditEvent.create({
    data: {
      action: 'note.edit',
      entityType: 'Claim',
      entityId: world.casualty.id,
      actorId: world.users.EDITOR.id,
      before: { note: 'Internal: the first draft of the note' },
      after: { note: 'Internal: the note as edited' },
    },
  });
  await page.goto(`/desk/claims/${world.casualty.id}/history`);
  await expect(page.getByText('edited an internal note').first()).toBeVisible();
  await expect(page.getByText(/Internal: the (first draft|note as edited)/)).toHaveCount(0);
});

test('a Server Action re-checks the role on every request: a demoted editor is refused and nothing is stored', async ({
  browser,
  world,
  db,
}) => {
  const page = await pageAs(browser, world.users.EDITOR);
  await page.goto(`/desk/claims/${world.casualty.id}`);
  await db.user.update({ where: { id: world.users.EDITOR.id }, data: { role: 'VIEWER' } });
  const noteForm = page.getByTestId('note-form');
  await noteForm.getByLabel('Internal note').fill('should not be stored');
  await noteForm.getByRole('button', { name: 'Add note' }).click();
  await expect(noteForm.getByTestId('form-error')).toHaveText(
    'Viewers cannot write notes; it needs editor or above.',
  );
  expect(await db.note.count({ where: { claimId: world.casualty.id } })).toBe(0);
});

test('a disabled account cannot sign in', async ({ page, world, db }) => {
  await db.user.update({ where: { id: world.users.EDITOR.id }, data: { disabled: true } });
  await page.goto('/login');
  await page.getByLabel('Email').fill(world.users.EDITOR.email);
  await page.getByLabel('Password').fill(world.users.EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-in-error')).toBeVisible();
});

test('the demo editor from the README can sign in and open the seeded Anchorage article', async ({
  page,
}) => {
  await signIn(page, { email: 'editor@claimdesk.test', password: 'demo-editor-pass' });
  await page
    .getByRole('link', { name: /Anchorage, Alaska/ })
    .first()
    .click();
  await expect(page.locator('mark', { hasText: '5,000, 6,000, 7,000 people a week' })).toBeVisible();
});
