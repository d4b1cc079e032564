import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { request, type BrowserContext, type Cookie, type Page } from '@playwright/test';
import { ACTION_MATRIX, ROUTE_MATRIX, type Actor, type Outcome } from './authorization-matrix';
import { expect, signInOverHttp, test as base, watchCsp } from './fixtures';
import { uniqueClientAddress } from './client-address';

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

// Each allowed actor gets a fresh world, since the action changes it. The denied actors of a row share
// one render: the first posts the form from the page, and since a refused post changes nothing, the
// same post is sent again under each other actor's session, as an attacker replaying it would.
const byOutcome = (row: (typeof ACTION_MATRIX)[string], outcome: Outcome) =>
  (Object.entries(row.expected) as [Actor, Outcome][])
    .filter(([, o]) => o === outcome)
    .map(([actor]) => actor)
    .sort((a, b) => Number(a === 'anonymous') - Number(b === 'anonymous'));

for (const [action, row] of Object.entries(ACTION_MATRIX)) {
  const groups: [Actor[], Outcome][] = [
    ...byOutcome(row, 'allowed').map((actor): [Actor[], Outcome] => [[actor], 'allowed']),
    [byOutcome(row, 'denied'), 'denied'],
  ];
  for (const [actors, outcome] of groups.filter(([actors]) => actors.length > 0)) {
    test(`${action} as ${actors.join(', ')}: ${outcome}`, async ({ cellTab, world, db, baseURL }) => {
      // A world, a form render and a sign-in per actor: generous on a busy machine.
      test.setTimeout(120_000);
      const { context, page, cspViolations } = cellTab;
      const cell = await row.setup(world, db);
      cspViolations.length = 0;
      // One sign-in per user in this cell: the renderer is often also the allowed actor.
      const sessions = new Map<string, Promise<Cookie[]>>();
      const sessionOf = (user: { email: string; password: string }) => {
        if (!sessions.has(user.email)) sessions.set(user.email, sessionCookies(baseURL!, user));
        return sessions.get(user.email)!;
      };
      await context.clearCookies();
      // The renderer signs in over HTTP too: the form under test is what matters, not the sign-in page.
      await context.addCookies(await sessionOf(world.users[cell.renderer]));
      // A sender address of its own, so public rate limits do not couple the cells.
      await page.setExtraHTTPHeaders({ 'x-forwarded-for': uniqueClientAddress() });
      await page.goto(cell.path);
      // A connection of the test's own carries the posts: the shared tab's pooled sockets can be closed
      // by the server's keep-alive timeout between tests.
      const wire = await request.newContext({ baseURL });
      const pathname = new URL(cell.path, baseURL).pathname;
      // The first actor posts through the rendered form; the post is kept, byte for byte.
      let posted: { url: string; headers: Record<string, string>; body: Buffer | undefined } | undefined;
      for (const [index, actor] of actors.entries())
        await test.step(`as ${actor}`, async () => {
          const user =
            actor === 'anonymous' ? null : actor === 'author' ? world.secondChief : world.users[actor];
          const cookies = user ? await sessionOf(user) : [];
          const before = await cell.effect(user?.id ?? null);
          let reply: { status: number; body: string };
          if (index === 0) {
            await cell.fill(page, user);
            // Swap the session under the rendered form: the request now carries the actor's cookie, or none.
            await context.clearCookies();
            await context.addCookies(cookies);
            // The action's own answer, captured on the wire: the form may be gone once the page re-renders.
            let captured: typeof reply | undefined;
            await page.route(
              (url) => url.pathname === pathname,
              async (route) => {
                if (route.request().method() !== 'POST') return route.continue();
                const { 'content-length': _length, ...headers } = await route.request().allHeaders();
                posted = {
                  url: route.request().url(),
                  headers,
                  body: route.request().postDataBuffer() ?? undefined,
                };
                const res = await wire.fetch(posted.url, {
                  method: 'POST',
                  headers,
                  data: posted.body,
                  maxRedirects: 0,
                });
                captured = { status: res.status(), body: await res.text() };
                await route.fulfill({ response: res });
              },
            );
            await page.getByTestId(cell.form).locator('button[type=submit]').click();
            await expect.poll(() => captured).toBeDefined();
            reply = captured!;
          } else {
            // The same post again under this actor's session (or none), as a script replaying it would send it.
            const { cookie: _cookie, ...headers } = posted!.headers;
            const res = await wire.fetch(posted!.url, {
              method: 'POST',
              headers: user
                ? { ...headers, cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') }
                : headers,
              data: posted!.body,
              maxRedirects: 0,
            });
            reply = { status: res.status(), body: await res.text() };
          }
          if (outcome === 'allowed') {
            // The page redirected to can be a claim page whose first render loads the word vectors
            // for "previously checked": seconds on a busy machine.
            if (cell.redirects)
              await expect(page).not.toHaveURL((url) => url.pathname === pathname, { timeout: 30_000 });
            else expect(reply.body).toContain('"status":"ok"');
            expect(await cell.effect(user?.id ?? null)).toBeGreaterThan(before);
          } else {
            if (actor === 'anonymous')
              expect(reply.status, 'the proxy turns signed-out posts away').toBe(307);
            else expect(reply.body).toMatch(/cannot [^"]+; it needs|You wrote this verdict/);
            expect(await cell.effect(user?.id ?? null)).toBe(before);
          }
        });
      // Only now: unrouting while the redirected page still loads its scripts can drop one of them (a
      // chunk request in flight was never answered, and the page never left the form).
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await wire.dispose();
      expect(cspViolations, 'Chromium reported Content-Security-Policy violations').toEqual([]);
    });
  }
}

for (const [route, cases] of Object.entries(ROUTE_MATRIX)) {
  for (const { query, params, body, expected } of cases) {
    for (const [actor, status] of Object.entries(expected) as [Actor, number][]) {
      test(`${route}?${query}${params ? ` ${JSON.stringify(params)}` : ''} as ${actor}: ${status}`, async ({
        world,
        baseURL,
      }) => {
        const user =
          actor === 'anonymous' ? null : actor === 'author' ? world.secondChief : world.users[actor];
        const api = await request.newContext({
          baseURL,
          storageState: { cookies: user ? await sessionCookies(baseURL!, user) : [], origins: [] },
        });
        const path = route
          .split(' ')[0]
          .replace('app', '')
          .replace('/route.ts', '')
          .replace(/\[(\w+)\]/g, (_, name: string) => params?.[name] ?? world.article.id);
        const url = `${path}?${query.replaceAll('{articleId}', world.article.id)}`;
        const response = route.endsWith(' POST')
          ? await api.post(url, { data: body, maxRedirects: 0 })
          : await api.get(url, { maxRedirects: 0 });
        expect(response.status()).toBe(status);
        await api.dispose();
      });
    }
  }
}
