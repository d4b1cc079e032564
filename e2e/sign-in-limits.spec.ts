import { spawn } from 'node:child_process';
import path from 'node:path';
import { request } from '@playwright/test';
import { expect, test } from './fixtures';
import { uniqueClientAddress } from './client-address';

// The e2e server trusts loopback as its front proxy (playwright.config.ts), so each test here
// names its own client address (uniqueClientAddress) and the per-address limit does not couple tests.

async function postCredentials(baseURL: string, forwardedFor: string, email: string, password: string) {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': forwardedFor } });
  const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
  const res = await api.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, json: 'true' },
    maxRedirects: 0,
  });
  const answer = { status: res.status(), retryAfter: res.headers()['retry-after'] };
  await api.dispose();
  return answer;
}

test('after five wrong passwords the account is locked for a while: HTTP 429 with Retry-After, and the form says how long', async ({
  browser,
  world,
  baseURL,
}) => {
  const user = world.users.EDITOR;
  const context = await browser.newContext({
    extraHTTPHeaders: { 'x-forwarded-for': uniqueClientAddress() },
  });
  const page = await context.newPage();
  test.slow();
  await page.goto('/login');
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(`wrong-${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('sign-in-error')).toHaveText(
      'That email and password do not match an active account.',
    );
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  }
  // The right password no longer helps, from this address or any other.
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-in-error')).toHaveText(
    'Too many failed sign-ins. Please wait 15 minutes before trying again.',
  );
  await expect(page).toHaveURL(/\/login/);

  const elsewhere = await postCredentials(baseURL!, uniqueClientAddress(), user.email, user.password);
  expect(elsewhere.status).toBe(429);
  expect(Number(elsewhere.retryAfter)).toBeGreaterThan(800);
  expect(Number(elsewhere.retryAfter)).toBeLessThanOrEqual(900);
  await context.close();
});

test('one address trying many accounts is stopped too', async ({ baseURL }) => {
  test.slow();
  const from = uniqueClientAddress();
  const answers = [];
  for (let i = 0; i < 31; i++)
    answers.push(
      (await postCredentials(baseURL!, from, `nobody-${i}-${Date.now()}@test.claimdesk`, 'guess')).status,
    );
  expect(answers.slice(0, 30).every((s) => s === 401)).toBe(true);
  expect(answers[30]).toBe(429);
});

test('with the database down, sign-in says the service is unavailable, not that the password is wrong', async ({
  page,
}) => {
  test.slow();
  // A second server on the same build whose database does not answer; the main one stays up for the other tests.
  const port = Number(process.env.E2E_PORT ?? 3107) + 1000;
  const server = spawn('npx', ['next', 'start', '--port', String(port)], {
    cwd: path.join(import.meta.dirname, '..'),
    env: {
      ...process.env,
      DATABASE_URL: 'postgresql://nobody:nothing@127.0.0.1:9/claimdesk',
      NEXTAUTH_URL: `http://localhost:${port}`,
    },
    detached: true,
    stdio: 'ignore',
  });
  try {
    await expect
      .poll(async () => (await fetch(`http://localhost:${port}/login`).catch(() => null))?.status, {
        timeout: 60_000,
      })
      .toBe(200);
    await page.goto(`http://localhost:${port}/login`);
    await page.getByLabel('Email').fill('editor@claimdesk.test');
    await page.getByLabel('Password').fill('demo-editor-pass');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('sign-in-error')).toHaveText(
      /Sign-in is unavailable right now: our database did not answer/,
    );
    const api = await postCredentials(
      `http://localhost:${port}`,
      uniqueClientAddress(),
      'editor@claimdesk.test',
      'demo-editor-pass',
    );
    expect(api.status).toBe(503);
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
});
