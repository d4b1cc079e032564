import { AsyncLocalStorage } from 'node:async_hooks';
import { describe, expect, it } from 'vitest';
import { openOnce } from './open-once';

describe('a resource opened once per process', () => {
  it('is opened by the first caller and shared with the callers that come while it opens', async () => {
    let opens = 0;
    const get = openOnce('test-shared', async () => ({ n: ++opens }));
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    expect(await get()).toBe(a);
    expect(opens).toBe(1);
  });

  it('is opened again by the next caller after an open failed, as when the database was down at start-up', async () => {
    let opens = 0;
    const get = openOnce('test-retry', async () => {
      if (++opens === 1) throw new Error('the database did not answer');
      return 'open';
    });
    await expect(get()).rejects.toThrow('the database did not answer');
    expect(await get()).toBe('open');
    expect(await get()).toBe('open');
    expect(opens).toBe(2);
  });

  it('opens outside the async context of the request that asked first', async () => {
    const request = new AsyncLocalStorage<string>();
    const get = openOnce('test-context', async () => request.getStore() ?? 'no request');
    expect(await request.run('a reader’s request', get)).toBe('no request');
  });
});
