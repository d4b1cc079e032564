import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { purgeCdn } from './cdn-purge';

type Received = { body: unknown; authorization?: string };
const received: Received[] = [];
let status = 200;
const receiver = createServer(async (req: IncomingMessage, res) => {
  let text = '';
  for await (const chunk of req) text += chunk;
  received.push({ body: JSON.parse(text), authorization: req.headers.authorization });
  res.writeHead(status).end();
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/purge`;
afterAll(() => new Promise((resolve) => receiver.close(resolve)));

describe('CDN purge hook', () => {
  it('posts the changed paths and their absolute URLs, with the token when one is set', async () => {
    expect(await purgeCdn(['/claims/a', '/'], { CDN_PURGE_URL: url, CDN_PURGE_TOKEN: 'secret' })).toBe(true);
    expect(received.at(-1)).toEqual({
      body: {
        paths: ['/claims/a', '/'],
        urls: [expect.stringMatching(/\/claims\/a$/), expect.stringMatching(/\/$/)],
      },
      authorization: 'Bearer secret',
    });
  });

  it('never throws when the endpoint refuses or is unreachable, and does nothing when unset', async () => {
    status = 503;
    expect(await purgeCdn(['/claims/a'], { CDN_PURGE_URL: url })).toBe(false);
    receiver.closeAllConnections();
    expect(await purgeCdn(['/claims/a'], { CDN_PURGE_URL: 'http://127.0.0.1:9/purge' })).toBe(false);
    const before = received.length;
    expect(await purgeCdn(['/claims/a'], {})).toBe(false);
    expect(received.length).toBe(before);
  });
});
