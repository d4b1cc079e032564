import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/generated/prisma/client';
import { env } from '@/lib/env';
import { outsideRequests } from '@/lib/server/runtime/outside-requests';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// `next build` imports this module but runs no query, so the URL is only required at run time
// (instrumentation.ts checks the whole environment when the server starts).
const building = process.env.NEXT_PHASE === 'phase-production-build';

function createClient(): PrismaClient {
  const connectionString = building ? process.env.DATABASE_URL : env().DATABASE_URL;
  const pool = withConnectionsOutsideRequests(new pg.Pool({ connectionString }));
  return withTransactionsOutsideRequests(
    new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }),
  );
}

/**
 * A pooled connection lives as long as the process and holds on to whatever it was opened with: the
 * async context (outside-requests.ts) in its socket's listeners, and the first caller's callback in
 * the closures pg keeps for the connection. Opened during a request, one connection kept that request
 * and, through the abort errors and timers its render left, hundreds of others (after bench:load: 214
 * finished page renders behind one connection). Connections now open outside any request and are
 * handed to a caller's callback only once open.
 */
function withConnectionsOutsideRequests(pool: pg.Pool): pg.Pool {
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  pool.connect = ((
    callback?: (
      error: Error | undefined,
      client?: pg.PoolClient,
      done?: (error?: Error | boolean) => void,
    ) => void,
  ) => {
    const connecting = outsideRequests(connect);
    if (!callback) return connecting;
    connecting.then(
      (client) => callback(undefined, client, (error) => client.release(error)),
      (error: Error) => callback(error),
    );
  }) as pg.Pool['connect'];
  return pool;
}

/**
 * Prisma keeps its last 100 finished transactions (to name them in "Transaction already closed"),
 * each with the promises it queued their statements on, and a promise holds the request it was made
 * in (outside-requests.ts). After bench:load that was about 100 whole requests, 30 MB of the heap
 * that no collection could free. Prisma's side of a transaction now starts outside any request;
 * an interactive transaction's callback still runs in the caller's context (cookies, React's cache).
 */
function withTransactionsOutsideRequests(client: PrismaClient): PrismaClient {
  const transaction = client.$transaction.bind(client) as (
    arg: unknown,
    options?: unknown,
  ) => Promise<unknown>;
  client.$transaction = ((arg: unknown, options?: unknown) => {
    const inCaller =
      typeof arg === 'function' ? AsyncLocalStorage.bind(arg as (tx: unknown) => unknown) : arg;
    return outsideRequests(() => transaction(inCaller, options));
  }) as PrismaClient['$transaction'];
  return client;
}

// One client per process: dev hot-reload would otherwise open a new pool on every edit.
export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
