import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitConcurrentRequests } from './limit-concurrent-requests';

// A real HTTP server whose handler takes 30 ms (as a page waiting on the database does) and records
// how many requests it was working on at once, and in which order they started.
let server: Server;
let base: string;
let running = 0;
let mostAtOnce = 0;
const started: string[] = [];

describe('limit on concurrent requests', () => {
  beforeAll(async () => {
    limitConcurrentRequests(3);
    server = createServer((req, res) => {
      started.push(req.url!);
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      setTimeout(() => {
        running--;
        res.end(`done ${req.url}`);
      }, 30);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers a crowd completely while working on no more than the limit at once', async () => {
    // Warms the gate: it is put in place by the first request the server sees.
    await fetch(`${base}/warm`);
    mostAtOnce = 0;
    const bodies = await Promise.all(
      Array.from({ length: 12 }, (_, i) => fetch(`${base}/page-${i}`).then((r) => r.text())),
    );
    expect(bodies).toEqual(Array.from({ length: 12 }, (_, i) => `done /page-${i}`));
    expect(mostAtOnce).toBe(3);
  });

  it('does not render a page for a client that gave up while it waited', async () => {
    started.length = 0;
    const busy = Array.from({ length: 3 }, (_, i) => fetch(`${base}/busy-${i}`).then((r) => r.text()));
    const abandoned = fetch(`${base}/abandoned`, { signal: AbortSignal.timeout(5) }).catch(() => 'gave up');
    expect(await abandoned).toBe('gave up');
    await Promise.all(busy);
    await fetch(`${base}/after`);
    expect(started).toEqual(['/busy-0', '/busy-1', '/busy-2', '/after']);
  });

  it('starts a queued request in its own async context, never in the one of the request that made room', async () => {
    // As React keeps its per-request cache (and so the signed-in user) in an AsyncLocalStorage.
    const request = new AsyncLocalStorage<string>();
    const own = createServer((req, res) => {
      const inherited = request.getStore();
      request.run(req.url!, () => setTimeout(() => res.end(inherited ?? 'clean'), 30));
    });
    await new Promise<void>((resolve) => own.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(own.address() as AddressInfo).port}`;
    try {
      await fetch(`${url}/warm`);
      // Three run, nine wait: each of those is started as an earlier one finishes.
      const seen = await Promise.all(
        Array.from({ length: 12 }, (_, i) => fetch(`${url}/user-${i}`).then((r) => r.text())),
      );
      expect(seen).toEqual(Array.from({ length: 12 }, () => 'clean'));
    } finally {
      await new Promise<void>((resolve) => own.close(() => resolve()));
    }
  });
});
