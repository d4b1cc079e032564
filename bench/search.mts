import pg from 'pg';
import { Prisma } from '../generated/prisma/client';
import { scriptClient } from '../prisma/client';
import { buildMatchCandidatesSql } from '../lib/server/search/match-candidates-sql';
import { matchClaims } from '../lib/server/search/match-claims';
import { queueCountsSql } from '../lib/server/claims/queue-counts-sql';
import { queueRowsSql, type QueueRow } from '../lib/server/claims/queue-rows-sql';
import { readMatchQuery } from '../lib/server/search/read-match-query';
import { publicClaimSql } from '../lib/server/search/public-claim-sql';
import { buildClaimSearchSql, type ClaimSearchFilters } from '../lib/server/search/search-claims-sql';
import { resolveTextQuery } from '../lib/server/search/text-query';
import { openDatabase } from '../scripts/database.mts';
import { BENCH_DATABASE } from './bulk/bench-database.ts';

// `npm run bench:search [-- --runs 30]` against the database `npm run seed:bulk` filled: each query
// through Prisma (as the app sends it) beside the same SQL sent bare through `pg` (the floor).
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;
const server = await openDatabase({ ...BENCH_DATABASE, fresh: false });
const prisma = scriptClient(server.url);
const bare = new pg.Pool({ connectionString: server.url, max: 1 });

const {
  rows: [some],
} = await bare.query<{
  id: string;
  speaker: string;
  article: string;
  assignee: string;
  text: string;
  quote: string;
}>(
  `SELECT c.id, c."speakerId" AS speaker, c."articleId" AS article, (SELECT id FROM "User" WHERE role = 'EDITOR' LIMIT 1) AS assignee, c."claimReviewed" AS text, c.quote
   FROM "Claim" c WHERE c.status = 'PUBLISHED' ORDER BY c.id LIMIT 1`,
);
if (!some) throw new Error('The bench database is empty: run `npm run seed:bulk -- --claims N` first.');

type Case = {
  name: string;
  text?: string;
  filters?: ClaimSearchFilters;
  sort?: 'relevance' | 'date';
  publicOnly?: boolean;
};
const desk: Case[] = [
  { name: 'rare name', text: 'Zelenko' },
  { name: 'name variant', text: 'Zelensky' },
  { name: 'typo place', text: 'Anchorge' },
  { name: 'common word', text: 'says' },
  { name: 'two common words', text: 'soldiers killed' },
  { name: 'phrase', text: '"per week"' },
  { name: 'topic and place', text: 'ceasefire Kyiv' },
  { name: 'hoax', text: 'hoax' },
  { name: 'rare pair', text: 'Mariupol drones' },
  { name: 'note words', text: 'press office' },
  { name: 'source publisher', text: 'Eurostat' },
  { name: 'filters only: in review', filters: { status: 'IN_REVIEW' }, sort: 'date' },
  { name: 'filters only: kind', filters: { kind: 'CASUALTY_FIGURE' }, sort: 'date' },
  { name: 'filters only: speaker', filters: { speakerId: some.speaker }, sort: 'date' },
  { name: 'filters only: assignee', filters: { assigneeId: some.assignee }, sort: 'date' },
  {
    name: 'filters only: date range',
    filters: { from: new Date('2023-03-01'), to: new Date('2023-03-08') },
    sort: 'date',
  },
  { name: 'text + status', text: 'sanctions', filters: { status: 'PUBLISHED' } },
  { name: 'text + speaker', text: 'energy', filters: { speakerId: some.speaker } },
  { name: 'text + rating', text: 'inflation', filters: { rating: 'FALSE' } },
  { name: 'common word by date', text: 'energy', sort: 'date' },
];
const publicCases: Case[] = [
  { name: 'public: name', text: 'Putin sanctions', publicOnly: true },
  { name: 'public: common word', text: 'says', publicOnly: true },
];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time(run: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99) };
}

const results: Record<string, unknown>[] = [];
async function measure(name: string, sql: Prisma.Sql) {
  const app = await time(() => prisma.$queryRaw(sql));
  const floor = await time(() => bare.query(sql.text, sql.values as unknown[]));
  const row = {
    query: name,
    p50: +app.p50.toFixed(1),
    p95: +app.p95.toFixed(1),
    p99: +app.p99.toFixed(1),
    bareP50: +floor.p50.toFixed(1),
    bareP95: +floor.p95.toFixed(1),
    ratioP95: +(app.p95 / floor.p95).toFixed(2),
  };
  results.push(row);
  console.log(
    `${name.padEnd(32)} p50 ${row.p50.toString().padStart(7)}  p95 ${row.p95.toString().padStart(7)}  p99 ${row.p99.toString().padStart(7)} ms | bare p50 ${row.bareP50.toString().padStart(7)}  p95 ${row.bareP95.toString().padStart(7)} ms | ${row.ratioP95}x`,
  );
}

for (const c of [...desk, ...publicCases]) {
  const tsquery = c.text ? await resolveTextQuery(prisma, c.text) : null;
  const sql = buildClaimSearchSql(
    { tsquery, filters: c.filters ?? {}, sort: c.sort ?? 'relevance', limit: 21 },
    { publicOnly: Boolean(c.publicOnly), includeNotes: !c.publicOnly },
  );
  await measure(c.name, sql);
}
const apiText = 'Putin says 5,000 to 6,000 soldiers were killed per week near Bakhmut';
// The SQL rows time the match query itself; the text is read first exactly as matchClaims reads it
// (that small query is in the whole-match row below).
const matchText = async (raw: string) => (await readMatchQuery(prisma, raw))!.matchText;
await measure(
  'previously checked',
  // As the claim page asks: the claim as checked and its quote, the claim itself left out.
  buildMatchCandidatesSql(await matchText(`${some.text} ${some.quote}`), {
    publicOnly: false,
    excludeClaimId: some.id,
    candidates: 100,
  }),
);
await measure(
  'match API (published)',
  buildMatchCandidatesSql(await matchText(apiText), {
    publicOnly: true,
    candidates: 100,
  }),
);
// The whole ranking as /api/match runs it: the SQL above, then the re-ranking with word vectors in
// this process (loaded once, before timing). Its floor is the SQL row above.
await matchClaims(prisma, apiText, { publicOnly: true });
const whole = await time(() => matchClaims(prisma, apiText, { publicOnly: true }));
results.push({
  query: 'match API, SQL and re-ranking',
  p50: +whole.p50.toFixed(1),
  p95: +whole.p95.toFixed(1),
  p99: +whole.p99.toFixed(1),
});
console.log(
  `${'match API, SQL and re-ranking'.padEnd(32)} p50 ${whole.p50.toFixed(1).padStart(7)}  p95 ${whole.p95.toFixed(1).padStart(7)}  p99 ${whole.p99.toFixed(1).padStart(7)} ms`,
);
await measure('queue: researching', queueRowsSql('RESEARCHING'));
// Ten pages in, through the keyset cursor the "Next 50 claims" link carries: the cursor is the last
// row shown, the one before the extra row that only says another page follows.
let deep: QueueRow | undefined;
for (let page = 0; page < 10; page++)
  deep = (await prisma.$queryRaw<QueueRow[]>(queueRowsSql('RESEARCHING', undefined, deep))).at(-2);
await measure('queue: researching, page 11', queueRowsSql('RESEARCHING', undefined, deep));
await measure('queue: counts per status', queueCountsSql());
await measure(
  'public verdict list',
  Prisma.sql`SELECT c.slug, c."claimReviewed", c."publishedAt" FROM "Claim" c WHERE ${publicClaimSql('c')} ORDER BY c."publishedAt" DESC, c.id LIMIT 20`,
);

const {
  rows: [size],
} = await bare.query<{ claims: string; size: string }>(
  `SELECT (SELECT count(*) FROM "Claim")::text AS claims, pg_size_pretty(pg_database_size(current_database())) AS size`,
);
console.log(JSON.stringify({ claims: Number(size.claims), databaseSize: size.size, runs: RUNS, results }));
await prisma.$disconnect();
await bare.end();
await server.stop();
