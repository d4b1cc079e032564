import { AsyncLocalStorage } from 'node:async_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { db } from './db';

// Stands in for a request's context: Next keeps each request's stores in AsyncLocalStorage the same way.
const request = new AsyncLocalStorage<{ page: string }>();
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Whether the object behind `ref` can be freed once the work that used it is over. */
async function freed(ref: WeakRef<object>): Promise<boolean> {
  for (let i = 0; i < 5 && ref.deref(); i++) {
    await new Promise((r) => setTimeout(r, 20));
    collect();
  }
  return ref.deref() === undefined;
}

it('a finished transaction keeps nothing of the request that ran it, whose callback still saw it', async () => {
  let ref!: WeakRef<object>;
  let seen: unknown;
  await (async () => {
    const store = { page: 'rendered page '.repeat(10_000) };
    ref = new WeakRef(store);
    await request.run(store, () =>
      db.$transaction(async (tx) => {
        seen = request.getStore() === store;
        return tx.$queryRaw`SELECT 1`;
      }),
    );
  })();
  expect(seen).toBe(true);
  expect(await freed(ref)).toBe(true);
});

it('connections a request opened keep nothing of it', async () => {
  const eightAtOnce = () =>
    Promise.all(Array.from({ length: 8 }, () => db.$queryRaw`SELECT pg_sleep(0.05)::text`));
  let ref!: WeakRef<object>;
  await (async () => {
    const store = { page: 'rendered page '.repeat(10_000) };
    ref = new WeakRef(store);
    // More at once than the pool holds idle: new connections open inside the request.
    await request.run(store, eightAtOnce);
  })();
  // The same connections used again: the pool's idle timers, set when a request hands a connection
  // back, are now another's, and what remains is whatever the connections themselves hold.
  await eightAtOnce();
  expect(await freed(ref)).toBe(true);
});
