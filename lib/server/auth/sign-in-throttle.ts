import 'server-only';
import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '@/lib/env';
import { addressBucket } from '../network/address-bucket';

/**
 * Failed sign-ins counted per account and per address in Postgres (table `rate_limits`, created by
 * a migration), so the limits hold across app instances and restarts. Per account stops a
 * distributed guess at one password; per address (an IPv6 client's /64) stops one client trying many accounts.
 * rate-limiter-flexible speaks to `pg` directly with atomic upserts, hence a small pool of its own.
 */
export const SIGN_IN_LIMITS = {
  account: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  address: { points: 30, duration: 60 * 60, blockDuration: 60 * 60 },
};

const globalForLimiter = globalThis as unknown as { signInPool?: Pool };

function limiters() {
  const pool = (globalForLimiter.signInPool ??= new Pool({
    connectionString: env().DATABASE_URL,
    max: 3,
    connectionTimeoutMillis: 3_000,
  }));
  const common = { storeClient: pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true };
  return {
    account: new RateLimiterPostgres({ ...common, keyPrefix: 'sign-in-account', ...SIGN_IN_LIMITS.account }),
    address: new RateLimiterPostgres({ ...common, keyPrefix: 'sign-in-address', ...SIGN_IN_LIMITS.address }),
  };
}

let cached: ReturnType<typeof limiters> | undefined;
const limiter = () => (cached ??= limiters());

const accountKey = (email: string) => email.trim().toLowerCase();

// A request whose address is unknown (see client-address.ts) is limited per account only: one
// shared "unknown" bucket would let a single client lock everyone out.

/** Milliseconds until this account or address may try again; 0 when it may try now. Throws when the database is down. */
export async function signInWait(email: string, address: string | null): Promise<number> {
  const { account, address: byAddress } = limiter();
  const [a, b] = await Promise.all([
    account.get(accountKey(email)),
    address ? byAddress.get(addressBucket(address)) : null,
  ]);
  const waits = [a, b].map((res) => (res && res.remainingPoints <= 0 ? res.msBeforeNext : 0));
  return Math.max(...waits);
}

export async function recordFailedSignIn(email: string, address: string | null): Promise<void> {
  const { account, address: byAddress } = limiter();
  const counts = [
    account.consume(accountKey(email)),
    ...(address ? [byAddress.consume(addressBucket(address))] : []),
  ];
  // consume() rejects with the limiter's answer once the points run out; that is the block starting, not an error.
  await Promise.all(counts.map((p) => p.catch((e) => (e instanceof RateLimiterRes ? e : Promise.reject(e)))));
}

/** A correct password clears the account's count; the address keeps its own. */
export async function clearFailedSignIns(email: string): Promise<void> {
  await limiter().account.delete(accountKey(email));
}
