// Load test of a public verdict page: `npm run bench:verdict-page`. Prints requests/s and p99
// latency at 50 concurrent connections for `next start` and, in the same run, for a plain static
// server sending the same saved HTML. Needs a build (`npm run build`) made with this checkout.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { scriptClient } from '../prisma/client.ts';
import { createPublishedVerdict } from '../prisma/factories.ts';
import { createWorld } from '../prisma/test-world.ts';
import { migrateAndSeed, openDatabase } from '../scripts/database.mts';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const NEXT_PORT = 3407;
const STATIC_PORT = 3408;

const database = await openDatabase({ dataDir: '.data/postgres-bench-page', port: 54359, name: 'claimdesk_bench', fresh: true });
const env = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: randomBytes(32).toString('base64'), NEXTAUTH_URL: `http://localhost:${NEXT_PORT}`, NODE_ENV: 'production' as const };
await migrateAndSeed(env);

process.env.DATABASE_URL = database.url;
const db = scriptClient();
const world = await createWorld(db);
const claim = world.casualty;
await createPublishedVerdict(db, { claimId: claim.id, authorId: world.users.EDITOR.id, conclusion: 'Far fewer.', rationale: 'Estimates differ.' });
await db.$disconnect();

const next = spawn('node_modules/.bin/next', ['start', '--port', String(NEXT_PORT)], { env, stdio: 'ignore' });
const pageUrl = `http://localhost:${NEXT_PORT}/claims/${claim.slug}`;
let html = '';
for (let i = 0; i < 100 && !html; i++) {
  await new Promise((r) => setTimeout(r, 300));
  html = await fetch(pageUrl).then((r) => (r.ok ? r.text() : ''), () => '');
}
if (!html) throw new Error('next start did not serve the verdict page; run `npm run build` first.');

const staticServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)).listen(STATIC_PORT);

async function load(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const dynamicRun = await load(pageUrl);
const staticRun = await load(`http://localhost:${STATIC_PORT}/`);
console.log(`verdict page, ${CONNECTIONS} connections, ${SECONDS} s each (${(html.length / 1024).toFixed(1)} KB of HTML)`);
console.log(`  next start     ${dynamicRun.rps.toFixed(0).padStart(7)} req/s   p99 ${String(dynamicRun.p99).padStart(4)} ms   errors ${dynamicRun.errors}`);
console.log(`  static server  ${staticRun.rps.toFixed(0).padStart(7)} req/s   p99 ${String(staticRun.p99).padStart(4)} ms   errors ${staticRun.errors}`);

staticServer.close();
next.kill('SIGTERM');
await database.stop();
process.exit(0);
