// Load test of a production build: `npm run bench:load`. Starts `next start` on loopback against its
// own embedded Postgres, then, bounded in time, runs 200 connections against a verdict page, /verdicts
// with filters, the ClaimReview feed and a signed-in desk page (and that page again at 50 connections),
// and 50 editors posting notes; it then checks that every acknowledged note is stored exactly once.
// Prints req/s, p99, errors, timeouts and the server's memory (RSS of its process tree) at start, peak
// and after idling.
// Builds first when there is no build. Ports: BENCH_PORT (3500), BENCH_PG_PORT (54369).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import autocannon from 'autocannon';
import { scriptClient } from '../prisma/client.ts';
import { createUser } from '../prisma/factories.ts';
import { createWorld } from '../prisma/test-world.ts';
import { migrateAndSeed, openDatabase } from '../scripts/database.mts';

const CONNECTIONS = 200;
// A newsroom's whole desk at once, each editor reloading the queue without pause: the load a desk page
// meets in practice, printed beside the 200 connections.
const DESK_CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARM_SECONDS = Number(process.env.BENCH_WARM_SECONDS ?? 5);
const EDITORS = 50;
const NOTE_SECONDS = Number(process.env.BENCH_NOTE_SECONDS ?? 30);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 30);
const TIMEOUT_SECONDS = 10;
const PORT = Number(process.env.BENCH_PORT ?? 3500);
const base = `http://127.0.0.1:${PORT}`;

const database = await openDatabase({
  dataDir: '.data/postgres-bench-load',
  port: Number(process.env.BENCH_PG_PORT ?? 54369),
  name: 'claimdesk_bench_load',
  fresh: true,
});
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
  NEXTAUTH_URL: base,
  NODE_ENV: 'production' as const,
  NEXT_TELEMETRY_DISABLED: '1',
};
await migrateAndSeed(env);

// Three copies of the Anchorage article with every claim published: lists and feeds have real length.
process.env.DATABASE_URL = database.url;
const db = scriptClient();
const worlds = [await createWorld(db), await createWorld(db), await createWorld(db)];
for (const world of worlds) {
  for (const claim of world.claims) {
    const verdict = await db.verdict.create({
      data: {
        claimId: claim.id,
        rating: 'MOSTLY_FALSE',
        conclusion: 'Far fewer.',
        rationale: 'Estimates differ.',
        authorId: world.users.EDITOR.id,
        approvedAt: new Date(),
      },
    });
    await db.claim.update({
      where: { id: claim.id },
      data: {
        status: 'PUBLISHED',
        publishedAt: new Date(),
        publishedVerdictId: verdict.id,
        lastPublishedVerdictId: verdict.id,
      },
    });
  }
}
const editors = await Promise.all(Array.from({ length: EDITORS }, () => createUser(db, { role: 'EDITOR' })));
const [{ casualty, speaker, article }] = worlds;

// Pages and data cached by an earlier run were read from another database: start this one cold.
for (const cache of ['.next/server/route-cache', '.next/cache/fetch-cache'])
  rmSync(cache, { recursive: true, force: true });

if (!existsSync('.next/BUILD_ID')) {
  console.log('No build: running next build…');
  await new Promise<void>((resolve, reject) =>
    spawn('npx', ['next', 'build'], { env, stdio: 'inherit' }).on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error('next build failed')),
    ),
  );
}

const server: ChildProcess = spawn(
  'node_modules/.bin/next',
  ['start', '--hostname', '127.0.0.1', '--port', String(PORT)],
  { env, stdio: 'ignore', detached: true },
);
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

/** A file under /proc, or "" when the process ended meanwhile. */
const proc = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};
/** RSS of the server and any children, in MB. */
function serverRss(): number {
  const children = (pid: number): number[] =>
    readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p) && proc(`/proc/${p}/stat`).split(') ')[1]?.split(' ')[1] === String(pid))
      .map(Number);
  const tree = (pid: number): number[] => [pid, ...children(pid).flatMap(tree)];
  const kb = tree(server.pid!).reduce(
    (sum, pid) => sum + Number(/VmRSS:\s+(\d+)/.exec(proc(`/proc/${pid}/status`))?.[1] ?? 0),
    0,
  );
  return Math.round(kb / 1024);
}
// The server runs in its own process group: stop it however this script ends.
process.on('exit', () => {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    // Already stopped.
  }
});
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, serverRss())), 500);

async function signIn(user: { email: string; password: string }): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, json: 'true' }),
  });
  return [...jar, ...res.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
}

const verdictPath = `/claims/${casualty.slug}`;
// Addresses as the filter form and the pager write them: anything else is redirected to one of these.
const filters = [
  `/verdicts?rating=MOSTLY_FALSE`,
  `/verdicts?speaker=${encodeURIComponent(speaker.name).replace(/%20/g, '+')}`,
  `/verdicts?article=${article.slug}`,
];
const older = /<a [^>]*rel="next"[^>]*>/.exec(await (await fetch(`${base}${filters[0]}`)).text());
const olderHref = older && /href="([^"]+)"/.exec(older[0]);
if (olderHref) filters.push(olderHref[1].replace(/&amp;/g, '&'));
const cookie = await signIn(editors[0]);
const notePath = `/desk/claims/${casualty.id}`;
// Warm every path once, as a reader and an editor would have before the rush, then take the starting
// memory: code and data a route loads on its first request (the claim page's word vectors, 40 MB)
// are the server's working size, not growth from the load.
for (const path of [verdictPath, ...filters, '/feeds/claimreview.json']) await fetch(`${base}${path}`);
for (const path of ['/desk/queue?status=PUBLISHED', notePath])
  await fetch(`${base}${path}`, { headers: { cookie } });
const rssStart = serverRss();

type Row = { name: string; rps: number; p99: number; errors: number; timeouts: number };
const rows: Row[] = [];
async function load(
  name: string,
  paths: string[],
  headers: Record<string, string> = {},
  connections = CONNECTIONS,
) {
  const requests = paths.map((path) => ({ method: 'GET' as const, path, headers }));
  // The first seconds of a crowd on a just-started server are spent compiling its hot paths; the
  // figures are for the crowd after that, as a page that goes viral meets a running server.
  await autocannon({
    url: base,
    connections,
    duration: WARM_SECONDS,
    timeout: TIMEOUT_SECONDS,
    requests,
  });
  const result = await autocannon({
    url: base,
    connections,
    duration: SECONDS,
    timeout: TIMEOUT_SECONDS,
    requests,
  });
  rows.push({
    name,
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx - result.timeouts,
    timeouts: result.timeouts,
  });
}
await load('verdict page', [verdictPath]);
await load('/verdicts with filters', filters);
await load('ClaimReview feed', ['/feeds/claimreview.json']);
await load('desk queue (signed in)', ['/desk/queue?status=PUBLISHED'], { cookie });
await load(
  `desk queue, ${DESK_CONNECTIONS} connections`,
  ['/desk/queue?status=PUBLISHED'],
  { cookie },
  DESK_CONNECTIONS,
);

// 50 editors post notes as the browser does: the note form's Server Action, encoded like React's
// encodeReply ([previous state, FormData] → field "0" plus the form's fields prefixed "_1_", as React 19.2 names them).
const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
  node: Record<string, { exportedName: string }>;
};
const actionId = Object.entries(manifest.node).find(
  ([, entry]) => entry.exportedName === 'addNoteAction',
)?.[0];
if (!actionId) throw new Error('addNoteAction is not in the build.');
const acknowledged: string[] = [];
let noteErrors = 0;
let noteTimeouts = 0;
const latencies: number[] = [];
async function editorLoop(session: string, n: number, until: number) {
  for (let i = 0; Date.now() < until; i++) {
    const body = `Load note ${n}-${i}-${randomUUID()}`;
    const form = new FormData();
    form.set('_1_claimId', casualty.id);
    form.set('_1_body', body);
    form.set('_1_idempotencyKey', randomUUID());
    // Last, as the browser sends it: the server decodes the stream in order, and the root ("0") takes
    // only the form fields that arrived before it.
    form.set('0', '[{"status":"idle"},"$K1"]');
    const started = performance.now();
    try {
      const res = await fetch(`${base}${notePath}`, {
        method: 'POST',
        headers: { cookie: session, 'next-action': actionId!, accept: 'text/x-component' },
        body: form,
        signal: AbortSignal.timeout(TIMEOUT_SECONDS * 1000),
      });
      const text = await res.text();
      latencies.push(performance.now() - started);
      if (res.ok && text.includes('Note added.')) acknowledged.push(body);
      else noteErrors++;
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') noteTimeouts++;
      else noteErrors++;
    }
  }
}
// Signed in before the clock starts: the 30 s measure posting, not 50 password checks.
const sessions: string[] = [];
for (const user of editors) sessions.push(await signIn(user));
const noteStart = Date.now();
await Promise.all(sessions.map((session, n) => editorLoop(session, n, noteStart + NOTE_SECONDS * 1000)));
const noteSeconds = (Date.now() - noteStart) / 1000;
const stored = await db.note.groupBy({
  by: ['body'],
  where: { claimId: casualty.id, body: { startsWith: 'Load note ' } },
  _count: { _all: true },
});
const counts = new Map(stored.map((s) => [s.body, s._count._all]));
const missing = acknowledged.filter((b) => !counts.has(b)).length;
const doubled = stored.filter((s) => s._count._all > 1).length;
latencies.sort((a, b) => a - b);

await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
const rssIdle = serverRss();
clearInterval(sampler);

console.log(
  `\nbench:load — ${CONNECTIONS} connections, ${SECONDS} s per page after ${WARM_SECONDS} s of the same load, timeout ${TIMEOUT_SECONDS} s, on ${base}`,
);
console.log(
  `${'page'.padEnd(30)}${'req/s'.padStart(8)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}${'timeouts'.padStart(10)}`,
);
for (const r of rows)
  console.log(
    `${r.name.padEnd(30)}${r.rps.toFixed(0).padStart(8)}${String(r.p99).padStart(9)}${String(r.errors).padStart(8)}${String(r.timeouts).padStart(10)}`,
  );
console.log(`(/verdicts with filters cycles through ${filters.join(', ')})`);
console.log(
  `\n${EDITORS} editors posting notes for ${NOTE_SECONDS} s: ${acknowledged.length} acknowledged (${(acknowledged.length / noteSeconds).toFixed(1)}/s), p99 ${Math.round(latencies[Math.floor(latencies.length * 0.99)] ?? 0)} ms, errors ${noteErrors}, timeouts ${noteTimeouts}`,
);
console.log(
  `  stored exactly once: ${acknowledged.length - missing} of ${acknowledged.length}; missing ${missing}; stored more than once ${doubled}`,
);
console.log(
  `\nserver RSS: start ${rssStart} MB, peak ${peak} MB, after ${IDLE_SECONDS} s idle ${rssIdle} MB (${Math.round((rssIdle / rssStart - 1) * 100)}% over start)`,
);

await db.$disconnect();
process.kill(-server.pid!, 'SIGTERM');
await database.stop();
process.exit(missing || doubled ? 1 : 0);
