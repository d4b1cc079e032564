import 'server-only';
import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * Matching is the most expensive public read, so each caller (a keyed hash of their address) gets
 * 30 requests a minute. Kept in memory per app instance: a limit against bursts from one client,
 * not an exact cross-instance quota.
 */
const limiter = new RateLimiterMemory({ points: 30, duration: 60 });

/** Seconds to wait when over the limit, else 0. */
export async function matchRateLimit(key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    return Math.ceil((rejection as { msBeforeNext: number }).msBeforeNext / 1000);
  }
}
