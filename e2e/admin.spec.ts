import { expect as baseExpect, pageAs, signIn, test } from './fixtures';

// Each step here is a sign-in or a session check against the database: give a busy machine time.
const expect = baseExpect.configure({ timeout: 30_000 });

test('an admin creates a user with a temporary password; the new user signs in with it', async ({
  browser,
  world,
  page,
}) => {
  test.slow();
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

  // The temporary password opens only the password change: the desk sends the new user there first.
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password!);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/password$/);
  await expect(page.getByTestId('temporary-password-notice')).toBeVisible();
  await page.goto('/desk');
  await expect(page).toHaveURL(/\/password$/);
  // The API is closed too: a report download is refused until the password is the user's own.
  const report = await page.request.get('/api/reports?format=csv');
  expect(report.status()).toBe(403);
  expect((await report.json()).error).toBe('Choose your own password first (Change password).');

  const change = page.getByTestId('change-password-form');
  const attempt = async (next: string) => {
    await change.getByLabel('Current password').fill(password!);
    await change.getByLabel(/^New password \*?$/).fill(next);
    await change.getByLabel('New password again').fill(next);
    await change.getByRole('button', { name: 'Change password' }).click();
  };
  await attempt('short-pw');
  await expect(change.getByTestId('error-newPassword')).toContainText('at least 12 characters');
  await attempt('qwertyuiop123');
  await expect(change.getByTestId('error-newPassword')).toContainText('most common');
  await attempt('tundra kettle orbit 7');
  await expect(page.getByTestId('sign-in-notice')).toHaveText(
    'Your password was changed. Sign in with the new one.',
  );

  await signIn(page, { email, password: 'tundra kettle orbit 7' });
  await expect(page.getByTestId('signed-in-as')).toContainText('Nina Newcomer · Editor');
});

test("a role change and disabling each end the user's open session; signing in again gives the new role", async ({
  browser,
  world,
}) => {
  test.slow();
  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto(`/desk/claims/${world.casualty.id}`);
  await expect(editor.getByTestId('note-form')).toBeVisible();

  // Every test adds users: the admin finds this one by typing, as in a newsroom of hundreds.
  const admin = await pageAs(browser, world.users.ADMIN);
  await admin.goto('/desk/admin');
  await admin.getByLabel('Find a user by name or email').fill(world.users.EDITOR.email);
  await admin.getByRole('button', { name: 'Find' }).click();
  await expect(admin.getByRole('heading', { name: 'Users (1)' })).toBeVisible();
  const row = admin.getByTestId(`user-${world.users.EDITOR.id}`);
  await row.getByLabel(`Role of ${world.users.EDITOR.name}`).selectOption('VIEWER');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByTestId('form-success')).toBeVisible();

  await editor.reload();
  await expect(editor).toHaveURL(/\/login/);
  await signIn(editor, world.users.EDITOR);
  await expect(editor.getByTestId('signed-in-as')).toContainText('Viewer');
  await editor.goto(`/desk/claims/${world.casualty.id}`);
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
  await admin.goto(`/desk/admin?q=${encodeURIComponent(world.users.ADMIN.email)}`);
  const row = admin.getByTestId(`user-${world.users.ADMIN.id}`);
  await row.getByLabel('Account').selectOption('true');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByTestId('form-error')).toHaveText(
    'You cannot disable or demote yourself; ask another admin.',
  );
});
