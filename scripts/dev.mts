import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { DEMO_USERS } from '../prisma/demo-users.ts';
import { forwardSignals, migrateAndSeed, openDatabase } from './database.mts';
import { DEV_DATABASE } from './dev-database.ts';

const PORT = process.env.PORT ?? '3000';
const started = Date.now();

// A stable generated secret keeps dev sessions valid across restarts without asking the user to set one.
function devSecret(): string {
  const file = '.data/nextauth-secret';
  if (!existsSync(file)) {
    mkdirSync('.data', { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

const db = await openDatabase({ ...DEV_DATABASE, fresh: false });
const env = {
  ...process.env,
  DATABASE_URL: db.url,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? devSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${PORT}`,
  NEXT_TELEMETRY_DISABLED: '1',
};
try {
  await migrateAndSeed(env);
} catch (error) {
  await db.stop();
  throw error;
}

console.log(
  `\n  Claimdesk  ${env.NEXTAUTH_URL}   (database ${db.embedded ? 'embedded Postgres in .data/postgres' : 'from DATABASE_URL'}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
);
console.log('  Demo sign-ins (development only):');
for (const u of DEMO_USERS) console.log(`    ${u.role.padEnd(7)} ${u.email.padEnd(24)} ${u.password}`);
console.log('');

// Spawned directly, not through npx, which would not pass a SIGTERM on to Next.
const next = spawn('node_modules/.bin/next', ['dev', '--port', PORT], { stdio: 'inherit', env });
forwardSignals(next);
next.on('exit', async (code) => {
  await db.stop();
  process.exit(code ?? 0);
});
