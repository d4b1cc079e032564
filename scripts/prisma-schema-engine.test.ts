// Integration test for scripts/prisma-schema-engine.mjs, the stand-in for Prisma's native schema
// engine: runs the real Prisma CLI against a real Postgres server. Needs DATABASE_URL with a
// superuser (e.g. postgres://postgres:postgres@localhost:5432/claimdesk_test); the test creates
// its own uniquely named databases on that server and drops them at the end.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAND_IN = join(PROJECT_ROOT, 'scripts', 'prisma-schema-engine.mjs');
const PRISMA_CLI = join(PROJECT_ROOT, 'node_modules', 'prisma', 'build', 'index.js');
const TIMEOUT = 60_000;

const adminUrl = process.env.DATABASE_URL;
const prefix = `schema_engine_test_${process.pid}_${Date.now()}`;
const devDb = `${prefix}_dev`;
const deployDb = `${prefix}_deploy`;

function urlFor(database: string): string {
  const url = new URL(adminUrl!);
  url.pathname = `/${database}`;
  return url.href;
}

async function query<T = Record<string, unknown>>(database: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: urlFor(database) });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

async function shadowDatabases(): Promise<string[]> {
  const rows = await query<{ datname: string }>(
    'postgres',
    "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'",
  );
  return rows.map((r) => r.datname);
}

const SCHEMA = `datasource db {
  provider = "postgresql"
}

model Claim {
  id    Int    @id @default(autoincrement())
  title String
}
`;

const SCHEMA_WITH_STATUS = SCHEMA.replace(
  '  title String\n',
  '  title String\n  status String @default("open")\n',
);

const CONFIG = `process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= ${JSON.stringify(STAND_IN)};
import { defineConfig, env } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: env('DATABASE_URL') },
});
`;

let dir: string;

type CliResult = { code: number; stdout: string; stderr: string };

/** Runs the real Prisma CLI in the temp project against the given database. */
function prisma(database: string, ...args: string[]): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: urlFor(database), CHECKPOINT_DISABLE: '1' };
  delete env.PRISMA_SCHEMA_ENGINE_BINARY; // must come from the temp project's prisma.config.ts
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [PRISMA_CLI, ...args],
      { cwd: dir, env, timeout: TIMEOUT - 5_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

const output = (r: CliResult) => `exit ${r.code}\n${r.stdout}\n${r.stderr}`;

describe.skipIf(!adminUrl)('prisma-schema-engine stand-in (real Prisma CLI + Postgres)', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prisma-schema-engine-'));
    // prisma.config.ts imports 'prisma/config', so the temp project needs the project's packages.
    await symlink(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    await mkdir(join(dir, 'prisma'));
    await writeFile(join(dir, 'prisma.config.ts'), CONFIG);
    await writeFile(join(dir, 'prisma', 'schema.prisma'), SCHEMA);
  });

  afterAll(async () => {
    for (const db of [devDb, deployDb])
      await query('postgres', `DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    if (dir) await rm(dir, { recursive: true, force: true });
  }, TIMEOUT);

  it(
    'migrate dev creates the database and applies the first migration',
    async () => {
      const r = await prisma(devDb, 'migrate', 'dev', '--name', 'init');
      expect(r.code, output(r)).toBe(0);
      expect(r.stdout).toContain('_init/');
      await query(devDb, `INSERT INTO "Claim" (title) VALUES ('survives the second migration')`);
    },
    TIMEOUT,
  );

  it(
    'migrate dev adds a column via a shadow database, leaving no shadow database behind',
    async () => {
      const shadowsBefore = await shadowDatabases();
      await writeFile(join(dir, 'prisma', 'schema.prisma'), SCHEMA_WITH_STATUS);

      const r = await prisma(devDb, 'migrate', 'dev', '--name', 'add_status');
      expect(r.code, output(r)).toBe(0);
      expect(r.stdout).toContain('_add_status/');

      const columns = await query<{ column_name: string }>(
        devDb,
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'Claim' ORDER BY column_name",
      );
      expect(columns.map((c) => c.column_name)).toEqual(['id', 'status', 'title']);
      // The shadow database's work must not have touched the main database's data.
      expect(await query(devDb, 'SELECT title, status FROM "Claim"')).toEqual([
        { title: 'survives the second migration', status: 'open' },
      ]);
      expect(await shadowDatabases()).toEqual(shadowsBefore);
    },
    TIMEOUT,
  );

  it(
    'migrate deploy applies all migrations to an empty database',
    async () => {
      await query('postgres', `CREATE DATABASE "${deployDb}"`);
      const r = await prisma(deployDb, 'migrate', 'deploy');
      expect(r.code, output(r)).toBe(0);
      expect(r.stdout).toContain('All migrations have been successfully applied.');
      const applied = await query<{ migration_name: string }>(
        deployDb,
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name',
      );
      expect(applied.map((m) => m.migration_name.replace(/^\d+_/, ''))).toEqual(['init', 'add_status']);
    },
    TIMEOUT,
  );

  it(
    'migrate status reports up to date, then a pending migration',
    async () => {
      const upToDate = await prisma(devDb, 'migrate', 'status');
      expect(upToDate.code, output(upToDate)).toBe(0);
      expect(upToDate.stdout).toContain('Database schema is up to date!');

      const pendingDir = join(dir, 'prisma', 'migrations', '29990101000000_pending');
      await mkdir(pendingDir);
      await writeFile(join(pendingDir, 'migration.sql'), 'ALTER TABLE "Claim" ADD COLUMN "note" TEXT;\n');
      try {
        const pending = await prisma(devDb, 'migrate', 'status');
        expect(pending.code, output(pending)).toBe(1);
        expect(pending.stdout).toContain('29990101000000_pending');
      } finally {
        await rm(pendingDir, { recursive: true });
      }
    },
    TIMEOUT,
  );

  it(
    'migrate diff --script prints the CREATE TABLE SQL',
    async () => {
      const r = await prisma(
        devDb,
        'migrate',
        'diff',
        '--from-empty',
        '--to-schema',
        'prisma/schema.prisma',
        '--script',
      );
      expect(r.code, output(r)).toBe(0);
      expect(r.stdout).toContain('CREATE TABLE "Claim"');
      expect(r.stdout).toContain('"status" TEXT NOT NULL DEFAULT \'open\'');
    },
    TIMEOUT,
  );

  it(
    'migrate deploy applies a trigger function, whose body holds semicolons',
    async () => {
      const triggerDir = join(dir, 'prisma', 'migrations', '29990101000000_title_trim');
      await mkdir(triggerDir);
      await writeFile(
        join(triggerDir, 'migration.sql'),
        `-- Titles are stored trimmed; the function's statements end in semicolons.
CREATE FUNCTION trim_title() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.title := btrim(NEW.title);
  RETURN NEW;
END
$$;
CREATE TRIGGER claim_title_trim BEFORE INSERT ON "Claim" FOR EACH ROW EXECUTE FUNCTION trim_title();
`,
      );
      try {
        const r = await prisma(deployDb, 'migrate', 'deploy');
        expect(r.code, output(r)).toBe(0);
        await query(deployDb, `INSERT INTO "Claim" (title) VALUES ('  padded  ')`);
        expect(await query(deployDb, 'SELECT title FROM "Claim"')).toEqual([{ title: 'padded' }]);
      } finally {
        await rm(triggerDir, { recursive: true });
      }
    },
    TIMEOUT,
  );
});
