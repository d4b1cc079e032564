import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { request, type BrowserContext, type Cookie, type Page } from '@playwright/test';
import { ACTION_MATRIX, ROUTE_MATRIX, type Actor } from './authorization-matrix';
import { expect, signInOverHttp, test as base, watchCsp } from './fixtures';

type CellTab = { context: BrowserContext; page: Page; cspViolations: string[] };

// One browser tab per worker for all matrix cells: a new tab costs Chromium a renderer process and a
// fresh compile of the app's scripts, about 3 s of CPU, which was most of the matrix's time. Each cell
// swaps the cookies and its own routes on this tab.
const test = base.extend<object, { cellTab: CellTab }>({
  cellTab: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      const cspViolations: string[] = [];
      await watchCsp(context, cspViolations);
      await use({ context, page: await context.newPage(), cspViolations });
      await context.close();
    },
    { scope: 'worker' },
  ],
});

const root = path.join(import.meta.dirname, '..');

async function sessionCookies(baseURL: string, user: { email: string; password: string }): Promise<Cookie[]> {
  const api = await request.newContext({ baseURL });
  await signInOverHttp(api, user);
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
    test(`${action} as ${actor}: ${outcome}`, async ({ cellTab, world, db, baseURL }) => {
      // Two sign-ins and a form render per cell: generous on a busy machine.
      test.setTimeout(120_000);
      const { context, page, cspViolations } = cellTab;
      const cell = await row.setup(world, db);
      cspViolations.length = 0;
      await context.clearCookies();
      // The renderer signs in over HTTP too: the form under test is what matters, not the sign-in page.
      await context.addCookies(await sessionCookies(baseURL!, world.users[cell.renderer]));
      // A sender address of its own (TEST-NET-3), so public rate limits do not couple the cells.
      await page.setExtraHTTPHeaders({
        'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 254) + 1}`,
      });
      await page.goto(cell.path);
      const user = actor === 'anonymous' ? null : actor === 'author' ? world.secondChief : world.users[actor];
      await cell.fill(page, user);

      // Swap the session under the rendered form: the request now carries the actor's cookie, or none.
      await context.clearCookies();
      if (user) await context.addCookies(await sessionCookies(baseURL!, user));
      const before = await cell.effect(user?.id ?? null);

      // The action's own answer, captured on the wire: the form may be gone once the page re-renders.
      // A connection of the cell's own carries it: the shared tab's pooled sockets can be closed by the
      // server's keep-alive timeout between cells.
      let reply: { status: number; body: string } | undefined;
      const wire = await request.newContext({ baseURL });
      const pathname = new URL(cell.path, baseURL).pathname;
      await page.route(
        (url) => url.pathname === pathname,
        async (route) => {
          if (route.request().method() !== 'POST') return route.continue();
          const { 'content-length': _length, ...headers } = await route.request().allHeaders();
          const res = await wire.fetch(route.request().url(), {
            method: 'POST',
            headers,
            data: route.request().postDataBuffer() ?? undefined,
            maxRedirects: 0,
          });
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
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await wire.dispose();
      expect(cspViolations, 'Chromium reported Content-Security-Policy violations').toEqual([]);
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
