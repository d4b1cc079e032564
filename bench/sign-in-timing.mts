// Sign-in answer times by kind of account: `npm run bench:sign-in` (needs `npm run build`). An
// attacker should not be able to tell from the time whether an email has an account, so unknown,
// known-with-wrong-password and disabled accounts should take about as long. Each attempt comes
// from its own address and no account is tried more than four times, so the throttle stays out of it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { scriptClient } from '../prisma/client.ts';
import { createUser } from '../prisma/factories.ts';
import { migrateAndSeed, openDatabase } from '../scripts/database.mts';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 24);
const PORT = Number(process.env.BENCH_PORT ?? 3409);
const database = await openDatabase({
  dataDir: '.data/postgres-bench-sign-in',
  port: Number(process.env.BENCH_PG_PORT ?? 54357),
  name: 'claimdesk_bench',
  fresh: true,
});
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
  NEXTAUTH_URL: `http://localhost:${PORT}`,
  NODE_ENV: 'production' as const,
  TRUSTED_PROXIES: '127.0.0.1, ::1',
};
await migrateAndSeed(env);
process.env.DATABASE_URL = database.url;
const db = scriptClient();
const accounts = Math.ceil(SAMPLES / 4);
const enabled = await Promise.all(Array.from({ length: accounts }, () => createUser(db, { role: 'EDITOR' })));
const disabled = await Promise.all(
  Array.from({ length: accounts }, () => createUser(db, { role: 'EDITOR', disabled: true })),
);
await db.$disconnect();

const next = spawn('node_modules/.bin/next', ['start', '--port', String(PORT)], { env, stdio: 'ignore' });
const base = `http://localhost:${PORT}`;
for (
  let i = 0;
  i < 200 &&
  !(await fetch(`${base}/login`).then(
    (r) => r.ok,
    () => false,
  ));
  i++
)
  await new Promise((r) => setTimeout(r, 300));

let address = 0;
async function attempt(email: string, password: string): Promise<number> {
  const forwardedFor = `198.18.${Math.floor(address / 250)}.${(address++ % 250) + 1}`;
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { 'x-forwarded-for': forwardedFor } });
  const { csrfToken } = await csrf.json();
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = new URLSearchParams({ csrfToken, email, password, json: 'true' });
  const start = performance.now();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    body,
    headers: { cookie, 'x-forwarded-for': forwardedFor },
    redirect: 'manual',
  });
  await res.text();
  if (res.status !== 401) throw new Error(`expected a refusal, got ${res.status}`);
  return performance.now() - start;
}

const kinds: Record<string, (i: number) => Promise<number>> = {
  'unknown email': (i) => attempt(`nobody-${i}-${Date.now()}@bench.claimdesk`, 'wrong-password'),
  'known email, wrong password': (i) => attempt(enabled[i % accounts].email, 'wrong-password'),
  'disabled account, right password': (i) =>
    attempt(disabled[i % accounts].email, disabled[i % accounts].password),
};
const results: Record<string, number[]> = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
try {
  await attempt('warm-up@bench.claimdesk', 'x');
  // Interleaved, so a busy moment on the machine hits every kind alike.
  for (let i = 0; i < SAMPLES; i++)
    for (const [kind, run] of Object.entries(kinds)) results[kind].push(await run(i));
  const pct = (xs: number[], p: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
  console.log(`sign-in answer time over ${SAMPLES} attempts each (ms)`);
  for (const [kind, xs] of Object.entries(results))
    console.log(
      `${kind.padEnd(34)} median ${pct(xs, 0.5).toFixed(1).padStart(7)}   p90 ${pct(xs, 0.9).toFixed(1).padStart(7)}`,
    );
} finally {
  next.kill('SIGTERM');
  await database.stop();
}
