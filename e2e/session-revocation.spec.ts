import { expect as baseExpect, pageAs, test } from './fixtures';

// Sign-out and the refused post each take a round trip through next-auth and the database.
const expect = baseExpect.configure({ timeout: 30_000 });

test('after sign-out, a copy of the old session cookie can no longer post a note', async ({
  browser,
  world,
  db,
}) => {
  test.slow();
  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto(`/desk/claims/${world.casualty.id}`);
  const noteForm = editor.getByTestId('note-form');
  await noteForm.getByLabel('Internal note').fill('posted with a cookie from before sign-out');

  // The same cookie in a second window, which signs out: the first window keeps its copy of the cookie.
  const other = await browser.newContext({ storageState: await editor.context().storageState() });
  const signOutPage = await other.newPage();
  await signOutPage.goto('/logout');
  await signOutPage.getByRole('button', { name: 'Sign out' }).click();
  await expect(signOutPage).toHaveURL(/\/login/);

  await noteForm.getByRole('button', { name: 'Add note' }).click();
  await expect(noteForm.getByTestId('form-error')).toHaveText(
    'Your session has ended. Sign in again to save this.',
  );
  expect(await db.note.count({ where: { claimId: world.casualty.id } })).toBe(0);
  await editor.goto('/desk');
  await expect(editor).toHaveURL(/\/login/);
  await other.close();
});
