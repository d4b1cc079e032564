import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { request, type Cookie } from '@playwright/test';
import { ACTION_MATRIX, ROUTE_MATRIX, type Actor } from './authorization-matrix';
import { expect, test } from './fixtures';

const root = path.join(import.meta.dirname, '..');

/** Signs in over HTTP, as a script posting to the endpoints directly would. */
async function sessionCookies(baseURL: string, user: { email: string; password: string }): Promise<Cookie[]> {
  const api = await request.newContext({ baseURL });
  const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
  await api.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: user.email, password: user.password, json: 'true' },
  });
  const { cookies } = await api.storageState();
  await api.dispose();
  return cookies;
}

function routeHandlers(): string[] {
  const files = readdirSync(path.join(root, 'app'), { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('route.ts'),
  );
  return files.flatMap((f) => {
    const source = readFileSync(path.join(root, 'app', f), 'utf8');
    const methods = [
      ...source.matchAll(
        /export (?:async function |const )?(GET|POST|PUT|PATCH|DELETE)\b|as (GET|POST|PUT|PATCH|DELETE)\b/g,
      ),
    ].map((m) => m[1] ?? m[2]);
    return methods.map((m) => `app/${f} ${m}`);
  });
}

test('every Server Action in the build and every route handler has a row in the matrix', () => {
  const manifest = JSON.parse(
    readFileSync(path.join(root, '.next', 'server', 'server-reference-manifest.json'), 'utf8'),
  );
  const actions = new Set(
    Object.values(manifest.node as Record<string, { exportedName: string }>).map((e) => e.exportedName),
  );
  expect([...actions].sort()).toEqual(Object.keys(ACTION_MATRIX).sort());
  expect(routeHandlers().sort()).toEqual(Object.keys(ROUTE_MATRIX).sort());
});

for (const [action, row] of Object.entries(ACTION_MATRIX)) {
  for (const [actor, outcome] of Object.entries(row.expected) as [Actor, string][]) {
    test(`${action} as ${actor}: ${outcome}`, async ({ browser, world, db, baseURL }) => {
      // Two sign-ins and a form render per cell: generous on a busy machine.
      test.setTimeout(120_000);
      const cell = await row.setup(world, db);
      // A sender address of its own (TEST-NET-3), so public rate limits do not couple the cells.
      const context = await browser.newContext({
        extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 254) + 1}` },
      });
      // The renderer signs in over HTTP too: the form under test is what matters, not the sign-in page.
      await context.addCookies(await sessionCookies(baseURL!, world.users[cell.renderer]));
      const page = await context.newPage();
      await page.goto(cell.path);
      const user = actor === 'anonymous' ? null : actor === 'author' ? world.secondChief : world.users[actor];
      await cell.fill(page, user);

      // Swap the session under the rendered form: the request now carries the actor's cookie, or none.
      await context.clearCookies();
      if (user) await context.addCookies(await sessionCookies(baseURL!, user));
      const before = await cell.effect(user?.id ?? null);

      // The action's own answer, captured on the wire: the form may be gone once the page re-renders.
      let reply: { status: number; body: string } | undefined;
      const pathname = new URL(cell.path, baseURL).pathname;
      await page.route(
        (url) => url.pathname === pathname,
        async (route) => {
          if (route.request().method() !== 'POST') return route.continue();
          const res = await route.fetch({ maxRedirects: 0 });
          reply = { status: res.status(), body: await res.text() };
          await route.fulfill({ response: res });
        },
      );
      await page.getByTestId(cell.form).locator('button[type=submit]').click();
      await expect.poll(() => reply).toBeDefined();
      const answer = reply!.body;
      if (outcome === 'allowed') {
        if (cell.redirects) await expect(page).not.toHaveURL((url) => url.pathname === pathname);
        else expect(answer).toContain('"status":"ok"');
        expect(await cell.effect(user?.id ?? null)).toBeGreaterThan(before);
      } else {
        if (actor === 'anonymous') expect(reply!.status, 'the proxy turns signed-out posts away').toBe(307);
        else expect(answer).toMatch(/cannot [^"]+; it needs|You wrote this verdict/);
        expect(await cell.effect(user?.id ?? null)).toBe(before);
      }
      await context.close();
    });
  }
}

for (const [route, cases] of Object.entries(ROUTE_MATRIX)) {
  for (const { query, body, expected } of cases) {
    for (const [actor, status] of Object.entries(expected) as [Actor, number][]) {
      test(`${route}?${query} as ${actor}: ${status}`, async ({ world, baseURL }) => {
        const user =
          actor === 'anonymous' ? null : actor === 'author' ? world.secondChief : world.users[actor];
        const api = await request.newContext({
          baseURL,
          storageState: { cookies: user ? await sessionCookies(baseURL!, user) : [], origins: [] },
        });
        const url = `${route.split(' ')[0].replace('app', '').replace('/route.ts', '').replace('[id]', world.article.id)}?${query.replaceAll('{articleId}', world.article.id)}`;
        const response = route.endsWith(' POST')
          ? await api.post(url, { data: body, maxRedirects: 0 })
          : await api.get(url, { maxRedirects: 0 });
        expect(response.status()).toBe(status);
        await api.dispose();
      });
    }
  }
}
