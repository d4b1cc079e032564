import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { migrateAndSeed, openDatabase } from './database.mts';
import { run } from './run.mts';

// `npm test [unit|e2e] [-- runner args]`: everything by default. Unit and integration tests need the
// database too. Arguments after the mode go to that runner, e.g. `npm run test:e2e -- --grep matrix`.
const only = process.argv[2] as 'unit' | 'e2e' | undefined;
const extra = process.argv.slice(3);
const E2E_PORT = process.env.E2E_PORT ?? '3107';
const timings: string[] = [];

async function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<boolean> {
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  const code = await run(command, args, env);
  timings.push(`${name}: ${((Date.now() - t) / 1000).toFixed(1)} s${code ? ' (FAILED)' : ''}`);
  return code === 0;
}

// A database of its own, recreated each run, so tests never touch development data.
const db = await openDatabase({
  dataDir: '.data/postgres-test',
  port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54339),
  name: 'claimdesk_test',
  fresh: true,
});
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: db.url,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString('base64'),
  NEXTAUTH_URL: `http://localhost:${E2E_PORT}`,
  E2E_PORT,
  NEXT_TELEMETRY_DISABLED: '1',
};

let ok = true;
try {
  await migrateAndSeed(env);
  if (only !== 'e2e')
    ok =
      (await step(
        'unit and integration tests (vitest)',
        'npx',
        ['vitest', 'run', '--config', 'scripts/vitest.config.ts', ...(only === 'unit' ? extra : [])],
        env,
      )) && ok;
  if (only !== 'unit') {
    // The database is new: what an earlier run cached from its own must not be served (the build
    // replaces the page cache, not the data cache).
    rmSync('.next/cache/fetch-cache', { recursive: true, force: true });
    const built = await step('next build', 'npx', ['next', 'build'], { ...env, NODE_ENV: 'production' });
    ok =
      built &&
      (await step(
        'end-to-end tests (playwright, chromium)',
        'npx',
        ['playwright', 'test', '--config', 'e2e/playwright.config.ts', ...(only === 'e2e' ? extra : [])],
        env,
      )) &&
      ok;
    // Reuses this build and database; skips with one line when redis-server or nginx is missing.
    if (!only && built)
      ok =
        (await step('two instances behind nginx (test:scale)', 'npx', ['tsx', 'scripts/test-scale.mts'], {
          ...env,
          SCALE_DATABASE_READY: '1',
        })) && ok;
  }
} finally {
  await db.stop();
}
console.log(`\n${timings.join('\n')}`);
process.exit(ok ? 0 : 1);
