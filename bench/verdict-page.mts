// Load test of a public verdict page: `npm run bench:verdict-page`. In one run, at 50 connections
// with wrk (apt-get install wrk), prints requests/s and p99 latency for: nginx serving the saved
// page from disk, the page through nginx's cache in front of the app (the deploy/ config), and
// `next start` alone. Needs a build (`npm run build`) made with this checkout, and nginx.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { scriptClient } from '../prisma/client.ts';
import { createPublishedVerdict } from '../prisma/factories.ts';
import { createWorld } from '../prisma/test-world.ts';
import { migrateAndSeed, openDatabase } from '../scripts/database.mts';
import { installedPath, startNext, startNginx, stopAll } from '../scripts/services.mts';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const missing = ['wrk', 'nginx'].find((c) => !installedPath(c));
if (missing) {
  console.log(
    `bench:verdict-page needs ${missing} (apt-get install ${missing === 'nginx' ? 'nginx-light' : 'wrk'}).`,
  );
  process.exit(1);
}

const work = path.resolve('.data/bench-page');
rmSync(work, { recursive: true, force: true });
mkdirSync(path.join(work, 'static'), { recursive: true });
const database = await openDatabase({
  dataDir: '.data/postgres-bench-page',
  port: port('BENCH_PG_PORT', 6398),
  name: 'claimdesk_bench',
  fresh: true,
});

/** A GET with exactly these headers (fetch would add its own Accept-Encoding). */
function getWith(url: string, headers: string[]) {
  const sent = Object.fromEntries(headers.map((h) => h.split(/:\s*/, 2)));
  return new Promise<void>((resolve, reject) =>
    http.get(url, { headers: sent }, (res) => res.resume().on('end', resolve)).on('error', reject),
  );
}

/** wrk's summary: requests/s, p99 in ms, and non-2xx/socket errors. */
function wrk(url: string, headers: string[]) {
  const args = [
    '-t2',
    `-c${CONNECTIONS}`,
    `-d${SECONDS}s`,
    '--latency',
    ...headers.flatMap((h) => ['-H', h]),
    url,
  ];
  const out = spawnSync('wrk', args, { encoding: 'utf8' }).stdout;
  const ms = (v: string, unit: string) => Number(v) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? 1);
  const p99 = out.match(/99%\s+([\d.]+)(us|ms|s)/);
  const errors =
    Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0) +
    (out.match(/Socket errors: (.*)/)?.[1].match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
  return {
    rps: Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0),
    p99: p99 ? ms(p99[1], p99[2]) : NaN,
    errors,
  };
}

try {
  const appPort = port('BENCH_APP_PORT', 3410);
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
    NEXTAUTH_URL: `http://127.0.0.1:${appPort}`,
    REDIS_URL: '',
  };
  await migrateAndSeed(env);
  process.env.DATABASE_URL = database.url;
  const db = scriptClient();
  const world = await createWorld(db);
  const claim = world.casualty;
  await createPublishedVerdict(db, {
    claimId: claim.id,
    authorId: world.users.EDITOR.id,
    conclusion: 'Far fewer.',
    rationale: 'Estimates differ.',
  });
  await db.$disconnect();

  const app = await startNext('next-start', appPort, env, work);
  const pagePath = `/claims/${claim.slug}`;
  const html = await (await fetch(`${app}${pagePath}`)).text();
  writeFileSync(path.join(work, 'static', 'claim.html'), html);
  const staticPort = port('BENCH_STATIC_PORT', 3411);
  const edge = await startNginx({
    port: port('BENCH_NGINX_PORT', 3412),
    upstreams: [app.replace('http://', '')],
    prefix: path.join(work, 'nginx'),
    workers: 2,
    extraServer: `  server { listen 127.0.0.1:${staticPort}; root ${path.join(work, 'static')}; location / { default_type text/html; try_files /claim.html =404; } }`,
  });
  // A browser asks for compressed pages; all three get the same request.
  const headers = process.env.BENCH_GZIP ? ['Accept-Encoding: gzip'] : [];
  // Fill nginx's cache with the variant wrk will ask for: the page varies on Accept-Encoding, and
  // nginx keeps one variant per page, so filling it with fetch's gzip copy made wrk's first request
  // a miss that held every other connection on the cache lock (about 6% of requests took 0.5 s).
  for (let i = 0; i < 3; i++) await getWith(`${edge}${pagePath}`, headers);
  const rows = [
    ['nginx, saved page from disk', wrk(`http://127.0.0.1:${staticPort}${pagePath}`, headers)],
    ['nginx cache in front of the app', wrk(`${edge}${pagePath}`, headers)],
    ['next start alone', wrk(`${app}${pagePath}`, headers)],
  ] as const;
  const base = rows[0][1];
  console.log(
    `verdict page, wrk, ${CONNECTIONS} connections, ${SECONDS} s each, ${(html.length / 1024).toFixed(1)} KB of HTML${headers.length ? ', gzip' : ''}`,
  );
  for (const [name, r] of rows) {
    console.log(
      `  ${name.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} req/s (${((100 * r.rps) / base.rps).toFixed(0).padStart(3)}%)   p99 ${r.p99.toFixed(1).padStart(6)} ms (${(r.p99 / base.p99).toFixed(1)}x)   errors ${r.errors}`,
    );
  }
} finally {
  await stopAll();
  await database.stop();
}
process.exit(0);
