import { expect, pageAs, signIn, test } from './fixtures';

test('an admin creates a user with a temporary password; the new user signs in with it', async ({ browser, world, page }) => {
  const admin = await pageAs(browser, world.users.ADMIN);
  await admin.goto('/desk/admin');
  const form = admin.getByTestId('create-user-form');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByTestId('error-email')).toHaveText('Enter a valid email address.');
  const email = `new-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@test.claimdesk`;
  await form.getByLabel('Name').fill('Nina Newcomer');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption('EDITOR');
  await form.getByRole('button', { name: 'Create user' }).click();
  const message = await form.getByTestId('form-success').innerText();
  const password = message.match(/Temporary password: (\S+)/)?.[1];
  expect(password).toBeTruthy();

  await signIn(page, { email, password: password! });
  await expect(page.getByTestId('signed-in-as')).toContainText('Nina Newcomer · Editor');
});

test('disabling a user ends their open session at the next request; a role change applies at once', async ({ browser, world }) => {
  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto(`/desk/claims/${world.casualty.id}`);
  await expect(editor.getByTestId('note-form')).toBeVisible();

  const admin = await pageAs(browser, world.users.ADMIN);
  await admin.goto('/desk/admin');
  const row = admin.getByTestId(`user-${world.users.EDITOR.id}`);
  await row.getByLabel(`Role of ${world.users.EDITOR.name}`).selectOption('VIEWER');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByTestId('form-success')).toBeVisible();

  await editor.reload();
  await expect(editor.getByTestId('signed-in-as')).toContainText('Viewer');
  await expect(editor.getByTestId('note-form')).toHaveCount(0);

  await admin.reload();
  await row.getByLabel('Account').selectOption('true');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByTestId('form-success')).toBeVisible();

  await editor.reload();
  await expect(editor).toHaveURL(/\/login/);
});

test('an admin cannot lock themselves out', async ({ browser, world }) => {
  const admin = await pageAs(browser, world.users.ADMIN);
  await admin.goto('/desk/admin');
  const row = admin.getByTestId(`user-${world.users.ADMIN.id}`);
  await row.getByLabel('Account').selectOption('true');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByTestId('form-error')).toHaveText('You cannot disable or demote yourself; ask another admin.');
});
