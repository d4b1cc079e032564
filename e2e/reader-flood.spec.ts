import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { expect, test } from './fixtures';
import { uniqueClientAddress } from './client-address';

const port = Number(process.env.E2E_PORT ?? 3107);

/** Posts the captured Server Action request again from the given local address, with a header of our choosing. */
function replay(post: { headers: Record<string, string>; body: Buffer }, from: string, forwardedFor: string) {
  // A flood draws a fresh idempotency key (the form's only UUID) for every post, or the app would
  // rightly store one message however many copies arrive.
  const body = Buffer.from(
    post.body
      .toString('latin1')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, randomUUID()),
    'latin1',
  );
  // The browser's own Host and Origin stay: Next refuses Server Action posts whose Origin does not match the Host.
  const headers: Record<string, string> = {
    ...post.headers,
    host: `localhost:${port}`,
    'x-forwarded-for': forwardedFor,
    'content-length': String(body.length),
  };
  return new Promise<number>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/suggest', method: 'POST', headers, localAddress: from },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const spoofed = (i: number) => `203.0.113.${(i % 250) + 1}`;

test('a reader form flood rotating X-Forwarded-For stores 5 messages, direct, through the trusted front, or across an IPv6 /64', async ({
  page,
  db,
}) => {
  test.slow();
  const marker = `flood-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  // One real submission from the browser, captured on the wire and not delivered, to replay as a script would.
  let post: { headers: Record<string, string>; body: Buffer } | undefined;
  await page.route('**/suggest', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    post = { headers: await route.request().allHeaders(), body: route.request().postDataBuffer()! };
    await route.abort();
  });
  await page.goto('/suggest');
  const form = page.getByTestId('suggest-form');
  await form.getByLabel('What is this about?').selectOption('SUGGEST_CLAIM');
  await form.getByLabel('Your message').fill(`Please check this claim ${marker}-A`);
  await form.getByRole('button', { name: 'Send' }).click();
  await expect.poll(() => post).toBeDefined();

  // Straight at the app from 127.0.0.2, which is not a declared proxy: the header is ignored.
  for (let i = 0; i < 20; i++) expect(await replay(post!, '127.0.0.2', spoofed(i))).toBe(200);
  expect(await db.readerSubmission.count({ where: { message: { contains: `${marker}-A` } } })).toBe(5);

  // Through the trusted front (loopback): it appends the address it saw; what the client put on the left is ignored.
  const front = uniqueClientAddress();
  const viaFront = {
    ...post!,
    body: Buffer.from(post!.body.toString('latin1').replace(`${marker}-A`, `${marker}-B`), 'latin1'),
  };
  for (let i = 0; i < 20; i++)
    expect(await replay(viaFront, '127.0.0.1', `${spoofed(i)}, ${front}`)).toBe(200);
  expect(await db.readerSubmission.count({ where: { message: { contains: `${marker}-B` } } })).toBe(5);

  // An IPv6 client owns a whole /64: drawing a fresh address in it for every post still stores 5.
  const network = uniqueClientAddress().split(':').slice(0, 4).join(':');
  const inNetwork = {
    ...post!,
    body: Buffer.from(post!.body.toString('latin1').replace(`${marker}-A`, `${marker}-C`), 'latin1'),
  };
  for (let i = 0; i < 20; i++)
    expect(await replay(inNetwork, '127.0.0.1', `${network}::${(i + 1).toString(16)}`)).toBe(200);
  expect(await db.readerSubmission.count({ where: { message: { contains: `${marker}-C` } } })).toBe(5);
});
