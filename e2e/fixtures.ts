import {
  test as base,
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { scriptClient } from '../prisma/client';
import { createWorld, retireWorld, type World } from '../prisma/test-world';

type Credentials = { email: string; password: string };

export async function signIn(page: Page, user: Credentials) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Sign-in hashes a password and checks the throttle: give a busy machine time.
  await expect(page.getByTestId('signed-in-as')).toBeVisible({ timeout: 30_000 });
}

/**
 * Signs in over HTTP, as a script posting to the endpoints would; the session cookie lands in the
 * request context's cookie jar (a browser context's `request` shares the browser's cookies).
 */
export async function signInOverHttp(api: APIRequestContext, user: Credentials) {
  const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
  const response = await api.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: user.email, password: user.password, json: 'true' },
  });
  expect(response.ok(), `sign-in as ${user.email}`).toBe(true);
}

/**
 * A fresh browser context per person, so two editors can work side by side. They sign in over HTTP:
 * the sign-in page has specs of its own, and loading it for every person cost each test a page load.
 */
export async function pageAs(browser: Browser, user: Credentials) {
  const context = await browser.newContext();
  await signInOverHttp(context.request, user);
  return context.newPage();
}

const db = scriptClient();

const CSP_MARK = 'CSP violation:';

/**
 * Records every Content-Security-Policy violation Chromium reports in this context: the DOM event
 * (re-logged by an init script, which CSP does not govern) and the console message it prints.
 */
export async function watchCsp(context: BrowserContext, violations: string[]) {
  await context.addInitScript((mark) => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `${mark} ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  }, CSP_MARK);
  context.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && (text.startsWith(CSP_MARK) || text.includes('Content Security Policy')))
      violations.push(`${message.page()?.url() ?? 'worker'}: ${text}`);
  });
}

// Each test gets its own copy of the Anchorage article and its own users; no test sees another's data.
export const test = base.extend<{ world: World; db: typeof db; cspViolations: void }>({
  db: async ({}, provide) => provide(db),
  world: async ({}, provide) => {
    const world = await createWorld(db);
    await provide(world);
    await retireWorld(db, world);
  },
  // Every page any test opens (its own page, pageAs, browser.newPage) fails the test on a CSP violation.
  cspViolations: [
    async ({ browser, context }, use) => {
      const violations: string[] = [];
      await watchCsp(context, violations);
      const { newContext } = browser;
      browser.newContext = async (...args) => {
        const created = await newContext.apply(browser, args);
        await watchCsp(created, violations);
        return created;
      };
      await use();
      browser.newContext = newContext;
      expect([...new Set(violations)], 'Chromium reported Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
