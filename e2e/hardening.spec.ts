import { request } from '@playwright/test';
import { expect, pageAs, test } from './fixtures';
import { holdNextPost } from './hold-post';

test('a NUL byte in a note is refused under the field and the typed text stays', async ({
  browser,
  world,
  db,
}) => {
  const claim = world.claims[1];
  const page = await pageAs(browser, world.users.EDITOR);
  await page.goto(`/desk/claims/${claim.id}`);
  const form = page.getByTestId('note-form');
  const typed = 'Ask the ministry\u0000 for the weekly count, then compare with the UN figure.';
  await form.getByLabel('Internal note').fill(typed);
  await form.getByRole('button', { name: 'Add note' }).click();
  await expect(form.getByTestId('error-body')).toContainText('invisible control character');
  await expect(form.getByLabel('Internal note')).toHaveValue(typed);
  await expect(page.getByTestId('error-page')).toHaveCount(0);
  expect(await db.note.count({ where: { claimId: claim.id } })).toBe(0);
});

test('the note button disables while saving, a lost answer keeps the text, and the same post sent twice at once stores one note', async ({
  browser,
  world,
  db,
}) => {
  const claim = world.claims[2];
  const page = await pageAs(browser, world.users.EDITOR);
  await page.goto(`/desk/claims/${claim.id}`);
  const form = page.getByTestId('note-form');
  const body = `Checked the ministry bulletin ${Date.now()}.`;
  await form.getByLabel('Internal note').fill(body);

  // Hold the browser's own post: the button must stay disabled meanwhile. Then drop it, as a lost connection would.
  const { held } = await holdNextPost(page, `**/desk/claims/${claim.id}`);
  await form.getByRole('button', { name: 'Add note' }).click();
  const route = await held;
  await expect(form.getByRole('button', { name: 'Saving…' })).toBeDisabled();
  const post = route.request();
  await route.abort('connectionreset');
  await expect(form.getByTestId('form-error')).toContainText('your text is still here');
  await expect(form.getByLabel('Internal note')).toHaveValue(body);

  // The same request (same idempotency key), twice at the same moment, on fresh connections: a pooled
  // socket the server has just closed for idleness answers ECONNRESET, which is not what is tested here.
  const wire = await request.newContext({ storageState: await page.context().storageState() });
  const answers = await Promise.all([wire.fetch(post), wire.fetch(post)]);
  expect(answers.map((a) => a.status())).toEqual([200, 200]);
  await wire.dispose();
  expect(await db.note.count({ where: { claimId: claim.id, body } })).toBe(1);

  // The editor's own retry of the lost post is recognised too; a new note after a success is a new note.
  await page.unroute(`**/desk/claims/${claim.id}`);
  await form.getByRole('button', { name: 'Add note' }).click();
  await expect(form.getByTestId('form-success')).toContainText('Already saved');
  expect(await db.note.count({ where: { claimId: claim.id, body } })).toBe(1);
  await form.getByLabel('Internal note').fill(`${body} Second thought.`);
  await form.getByRole('button', { name: 'Add note' }).click();
  await expect(form.getByTestId('form-success')).toHaveText('Note added.');
  expect(await db.note.count({ where: { claimId: claim.id } })).toBe(2);
});

test('a note whose answer was lost is stored as edited when the editor changes it before sending again', async ({
  browser,
  world,
  db,
}) => {
  const claim = world.claims[3];
  const page = await pageAs(browser, world.users.EDITOR);
  await page.goto(`/desk/claims/${claim.id}`);
  const form = page.getByTestId('note-form');
  const first = `Called the ministry ${Date.now()}.`;
  await form.getByLabel('Internal note').fill(first);
  // The post reaches the server and is stored, but its answer never reaches the browser.
  const { held } = await holdNextPost(page, `**/desk/claims/${claim.id}`);
  await form.getByRole('button', { name: 'Add note' }).click();
  const route = await held;
  const wire = await request.newContext({ storageState: await page.context().storageState() });
  expect((await wire.fetch(route.request())).status()).toBe(200);
  await wire.dispose();
  await route.abort('connectionreset');
  await expect(form.getByTestId('form-error')).toContainText('your text is still here');
  await page.unroute(`**/desk/claims/${claim.id}`);

  // The editor adds to the text and sends again: that is a new note, not "Already saved".
  const edited = `${first} They will send the weekly count on Monday.`;
  await form.getByLabel('Internal note').fill(edited);
  await form.getByRole('button', { name: 'Add note' }).click();
  await expect(form.getByTestId('form-success')).toHaveText('Note added.');
  const notes = await db.note.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: 'asc' } });
  expect(notes.map((n) => n.body)).toEqual([first, edited]);
});

test('every response carries the security headers; per-request pages get a nonce their scripts carry', async ({
  request,
  page,
}) => {
  const shared = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
  for (const path of ['/', '/verdicts', '/methodology', '/login', '/feeds/verdicts.atom', '/robots.txt']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers, path).toMatchObject(shared);
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toContain("object-src 'none'");
    // Plain http here: HSTS is only sent in production over https.
    expect(headers['strict-transport-security'], path).toBeUndefined();
  }
  const login = await request.get('/login');
  const nonce = /'nonce-([^']+)'/.exec(login.headers()['content-security-policy'])?.[1];
  expect(nonce, 'the sign-in page is rendered per request and gets a nonce').toBeTruthy();
  const scriptSrc = login
    .headers()
    ['content-security-policy'].split(';')
    .find((d) => d.trim().startsWith('script-src'));
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  const html = await login.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts)
    expect(tag, 'every script on a nonce page carries the nonce').toContain(`nonce="${nonce}"`);
  const again = await request.get('/login');
  expect(/'nonce-([^']+)'/.exec(again.headers()['content-security-policy'])?.[1]).not.toBe(nonce);
  // The fixture fails the test on any script the policy blocks, so this also proves Next's own scripts pass.
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('a Server Action post larger than a form may send is refused with 413 and a plain reason, and stores nothing', async ({
  browser,
  world,
  db,
}) => {
  const claim = world.claims[1];
  const page = await pageAs(browser, world.users.EDITOR);
  const body = 'x'.repeat(5 * 1024 * 1024);
  const response = await page.request.post(`/desk/claims/${claim.id}`, {
    headers: { 'Next-Action': '0'.repeat(42), 'Content-Type': 'text/plain;charset=UTF-8' },
    data: body,
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain('a form may send at most 4 MB');
  expect(await db.note.count({ where: { claimId: claim.id } })).toBe(0);
});
