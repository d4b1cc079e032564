import pg from 'pg';
import { openDatabase } from '../scripts/database.mts';
import { runOrThrow } from '../scripts/run.mts';
import { BENCH_DATABASE } from './bulk/bench-database.ts';
import { claimText } from './bulk/claim-text.ts';
import { longTail } from './bulk/long-tail.ts';
import { copyRows } from './bulk/copy-rows.ts';
import { seeded } from './bulk/random.ts';
import { FAMOUS, FIRST, LAST, NOTE_PHRASES, OUTLETS, PLACES, PUBLISHERS, TOPICS } from './bulk/word-lists.ts';

// `npm run seed:bulk -- --claims 1000000`: a realistic newsroom backlog in its own database
// (its own embedded Postgres, see bench-database.ts, or DATABASE_URL), bulk-loaded with COPY. Secondary
// indexes are dropped during the load and rebuilt after it, and that build is timed.
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CLAIMS = arg('claims', 1_000_000);
const ARTICLES = Math.max(1, Math.round(CLAIMS / 20));
const rng = seeded(20261130);
const rare = longTail(rng);
const t0 = Date.now();
const secs = (t: number) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

const server = await openDatabase({
  ...BENCH_DATABASE,
  fresh: !process.env.DATABASE_URL,
});
await runOrThrow('npx', ['prisma', 'migrate', 'deploy'], { ...process.env, DATABASE_URL: server.url });
const pool = new pg.Pool({ connectionString: server.url, max: 2 });
const client = await pool.connect();
try {
  const tables = ['Article', 'Speaker', 'Claim', 'Verdict', 'Source', 'Note', 'SearchTerm'];
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
     WHERE i.schemaname = 'public' AND i.tablename = ANY($1) AND NOT x.indisunique AND NOT x.indisprimary`,
    [tables],
  );
  for (const ix of indexes) await client.query(`DROP INDEX "${ix.name}"`);
  // Foreign keys are checked by constraint triggers; the generated rows are consistent by construction.
  await client.query(`SET session_replication_role = replica`);

  const now = Date.now();
  const users = Array.from({ length: 30 }, (_, i) => [
    `bulk-user-${i}`,
    `bulk${i}@bench.claimdesk`,
    `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
    i < 20 ? 'EDITOR' : 'CHIEF',
    '-',
    'false',
    new Date(now),
  ]);
  await copyRows(
    client,
    'User',
    ['id', 'email', 'name', 'role', 'passwordHash', 'disabled', 'createdAt'],
    users as never,
  );
  const names = [...FAMOUS, ...FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`))];
  await copyRows(
    client,
    'Speaker',
    ['id', 'name', 'title'],
    names.map((n, i) => [`bulk-sp-${i}`, n, i < FAMOUS.length ? 'Head of state' : 'Official']),
  );

  let t = Date.now();
  const day = 86_400_000;
  const start = Date.UTC(2021, 0, 1);
  await copyRows(
    client,
    'Article',
    ['id', 'slug', 'title', 'outlet', 'url', 'publishedAt', 'text', 'createdAt'],
    (function* () {
      for (let i = 0; i < ARTICLES; i++) {
        const date = new Date(start + Math.floor((i / ARTICLES) * 5 * 365) * day);
        yield [
          `bulk-a-${i}`,
          `bulk-article-${i}`,
          `${rng.pick(FAMOUS)} on ${rng.pick(TOPICS)} in ${rng.pick(PLACES)}`,
          rng.pick(OUTLETS),
          null,
          date,
          'Transcript held by the outlet.',
          date,
        ];
      }
    })(),
  );
  console.log(`articles: ${ARTICLES} in ${secs(t)}`);

  t = Date.now();
  const statusWeights = {
    NEW: 35,
    RESEARCHING: 20,
    IN_REVIEW: 5,
    PUBLISHED: 30,
    NOT_CHECKABLE: 5,
    ARCHIVED: 5,
  };
  const ratings = ['FALSE', 'MOSTLY_FALSE', 'HALF_TRUE', 'MOSTLY_TRUE', 'TRUE', 'MISLEADING', 'UNSUPPORTED'];
  const verdicts: unknown[][] = [];
  const sources: unknown[][] = [];
  const notes: unknown[][] = [];
  const flush = async () => {
    await copyRows(
      client,
      'Verdict',
      ['id', 'claimId', 'rating', 'conclusion', 'rationale', 'authorId', 'approvedAt', 'createdAt'],
      verdicts.splice(0) as never,
    );
    await copyRows(
      client,
      'Source',
      [
        'id',
        'claimId',
        'url',
        'title',
        'publisher',
        'stance',
        'excerpt',
        'addedById',
        'accessedAt',
        'createdAt',
        'kind',
      ],
      sources.splice(0) as never,
    );
    await copyRows(
      client,
      'Note',
      ['id', 'claimId', 'body', 'authorId', 'createdAt'],
      notes.splice(0) as never,
    );
  };
  const BATCH = 100_000;
  for (let from = 0; from < CLAIMS; from += BATCH) {
    const rows = [];
    for (let i = from; i < Math.min(CLAIMS, from + BATCH); i++) {
      const article = Math.floor(i / 20);
      const speakerIndex = rng.next() < 0.3 ? rng.int(0, FAMOUS.length - 1) : rng.int(0, names.length - 1);
      const { kind, text: template, quantity } = claimText(rng, names[speakerIndex]);
      const text =
        rng.next() < 0.7 ? `${template}, ${rng.pick(['in', 'near', 'around'])} ${rare()}` : template;
      const status = rng.weighted(statusWeights);
      const updated = new Date(start + rng.int(0, 5 * 365) * day + rng.int(0, day - 1));
      const id = `bulk-c-${i}`;
      const published = status === 'PUBLISHED';
      const author = `bulk-user-${rng.int(0, 19)}`;
      // The published rating is copied onto the claim as its trigger would (triggers are off for COPY).
      const rating = published || status === 'IN_REVIEW' ? rng.pick(ratings) : null;
      if (rating) {
        verdicts.push([
          `bulk-v-${i}`,
          id,
          rating,
          `The ${rng.pick(TOPICS)} figures for ${rare()} do not support this.`,
          `We compared the claim with ${rng.pick(PUBLISHERS)} data for ${rng.pick(PLACES)} and ${rare()}.`,
          author,
          published ? updated : null,
          updated,
        ]);
      }
      if (status !== 'NEW') {
        sources.push([
          `bulk-s-${i}`,
          id,
          `https://example.org/${i}`,
          `${rng.pick(PUBLISHERS)} report on ${rng.pick(TOPICS)} in ${rare()}`,
          rng.pick(PUBLISHERS),
          rng.pick(['SUPPORTS', 'CONTRADICTS', 'CONTEXT']),
          `Figures for ${rng.pick(PLACES)} and ${rare()} in ${rng.int(2015, 2026)}`,
          author,
          updated,
          updated,
          'NEWS_REPORT',
        ]);
      }
      if (rng.next() < 0.2)
        notes.push([
          `bulk-n-${i}`,
          id,
          `${rng.pick(NOTE_PHRASES)} (${rng.pick(PLACES)}, ${rare()})`,
          author,
          updated,
        ]);
      rows.push([
        id,
        `bulk-claim-${i}`,
        `bulk-a-${article}`,
        `bulk-sp-${speakerIndex}`,
        `“${text}.”`,
        (i % 20) * 100,
        (i % 20) * 100 + 90,
        text,
        kind,
        rng.next().toFixed(3),
        quantity?.min ?? null,
        quantity?.max ?? null,
        quantity?.unit ?? null,
        quantity?.period ?? null,
        status,
        status === 'RESEARCHING' || status === 'IN_REVIEW' ? author : null,
        published ? `bulk-v-${i}` : null,
        published ? rating : null,
        1,
        published ? updated : null,
        updated,
        updated,
      ]);
    }
    await copyRows(
      client,
      'Claim',
      [
        'id',
        'slug',
        'articleId',
        'speakerId',
        'quote',
        'startOffset',
        'endOffset',
        'claimReviewed',
        'kind',
        'score',
        'quantityMin',
        'quantityMax',
        'quantityUnit',
        'quantityPeriod',
        'status',
        'assigneeId',
        'publishedVerdictId',
        'publishedRating',
        'version',
        'publishedAt',
        'createdAt',
        'updatedAt',
      ],
      rows as never,
    );
    await flush();
    console.log(`claims: ${Math.min(CLAIMS, from + BATCH)} of ${CLAIMS} (${secs(t)})`);
  }
  await client.query(`SET session_replication_role = origin`);

  t = Date.now();
  for (const ix of indexes) await client.query(ix.def);
  const indexSeconds = Number(((Date.now() - t) / 1000).toFixed(1));
  console.log(`index build: ${indexes.length} indexes in ${indexSeconds} s`);
  t = Date.now();
  await client.query(`DELETE FROM "SearchTerm"`);
  await client.query(
    `INSERT INTO "SearchTerm" ("word", "ndoc") SELECT word, ndoc FROM ts_stat('SELECT "searchVector" FROM "Claim"')`,
  );
  // VACUUM sets the visibility map, as autovacuum would on a live database, so index-only scans skip the heap.
  await client.query('VACUUM ANALYZE');
  console.log(`vocabulary and statistics: ${secs(t)}`);
  const { rows: size } = await client.query<{ size: string }>(
    `SELECT pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  console.log(
    JSON.stringify({
      claims: CLAIMS,
      articles: ARTICLES,
      indexBuildSeconds: indexSeconds,
      databaseSize: size[0].size,
      totalSeconds: Number(((Date.now() - t0) / 1000).toFixed(1)),
    }),
  );
} finally {
  client.release();
  await pool.end();
  await server.stop();
}
