import { describe, expect, it } from 'vitest';
import { matchRateLimit } from './match-rate-limit';

describe('the matching endpoint limit', () => {
  it('answers 30 requests a minute from one caller, then says how long to wait; other callers are unaffected', async () => {
    const caller = `caller-${Math.random()}`;
    const waits = [];
    for (let i = 0; i < 31; i++) waits.push(await matchRateLimit(caller));
    expect(waits.slice(0, 30).every((w) => w === 0)).toBe(true);
    expect(waits[30]).toBeGreaterThan(0);
    expect(waits[30]).toBeLessThanOrEqual(60);
    expect(await matchRateLimit(`other-${Math.random()}`)).toBe(0);
  });
});
