import { existsSync } from 'node:fs';
import path from 'node:path';
import { scriptClient } from '../prisma/client';
import { fetchMatchCandidates, type FeaturedCandidate } from '../lib/server/search/match-claims';
import { MATCH_WEIGHTS } from '../lib/server/search/score-match';
import { fitWeights } from './matching/fit-ranker.ts';
import { score, type Metrics } from './matching/ranking-metrics.ts';
import { openDatabase } from './database.mts';
import { DEV_DATABASE } from './dev-database.ts';
import { loadVerifiedClaims, verifiedIdOf } from './matching/load-verified-claims.ts';
import { readQrels, readTsv } from './matching/read-tsv.ts';
import { runOrThrow } from './run.mts';

// `npm run eval:matching -- DIR`: loads DIR/verified_claims.docs.tsv into a scratch database (the
// development Postgres server, its own database) and scores the ranking on each split found.
const dir = path.resolve(
  process.argv.slice(2).find((a) => !a.startsWith('--')) ??
    path.join(import.meta.dirname, '..', '..', 'shared', 'data', 'claim-matching'),
);
const docsFile = path.join(dir, 'verified_claims.docs.tsv');
if (!existsSync(docsFile)) {
  console.error(
    `No ${docsFile}. Usage: npm run eval:matching -- DIR (DIR holds verified_claims.docs.tsv and the query splits).`,
  );
  process.exit(1);
}
const splits = existsSync(path.join(dir, 'tweets.queries.tsv'))
  ? [{ name: path.basename(dir), dir }]
  : ['train', 'dev', 'test']
      .map((name) => ({ name, dir: path.join(dir, name) }))
      .filter((s) => existsSync(path.join(s.dir, 'tweets.queries.tsv')));

// --reuse keeps a database loaded by an earlier run (when tuning); the default loads afresh.
const reuse = process.argv.includes('--reuse');
const server = await openDatabase({ ...DEV_DATABASE, name: 'claimdesk_matching_eval', fresh: !reuse });
const env = { ...process.env, DATABASE_URL: server.url };
const db = scriptClient(server.url);
const tune = process.argv.includes('--tune');
const results: Record<string, Metrics> = {};
try {
  if (!reuse || (await db.claim.count()) === 0) {
    await runOrThrow('npx', ['prisma', 'migrate', 'deploy'], env);
    const docs = readTsv(docsFile).map((r) => ({ id: r.id, vclaim: r.vclaim, title: r.title }));
    const t = Date.now();
    await loadVerifiedClaims(db, docs);
    console.log(`loaded ${docs.length} verified claims in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const bySplit = new Map<string, { relevant: Set<string>; input: FeaturedCandidate[] }[]>();
  for (const split of splits) {
    const qrels = readQrels(path.join(split.dir, 'tweet-vclaim-pairs.qrels'));
    const queries = readTsv(path.join(split.dir, 'tweets.queries.tsv')).filter((q) => qrels.has(q.id));
    const started = Date.now();
    const rows = [];
    for (const q of queries)
      rows.push({
        relevant: qrels.get(q.id)!,
        input: await fetchMatchCandidates(db, q.tweet_content, { publicOnly: true }),
      });
    bySplit.set(split.name, rows);
    const candidateRecall =
      rows.filter((r) => r.input.some((c) => r.relevant.has(verifiedIdOf(c.id)))).length / rows.length;
    console.log(
      `${split.name}: ${rows.length} queries, ${((Date.now() - started) / rows.length).toFixed(0)} ms/query in Postgres, candidate recall ${candidateRecall.toFixed(3)}`,
    );
  }
  // Tuning reads the training split only; the other splits are reported, never optimised on.
  const train = bySplit.get('train');
  const keys = Object.keys(MATCH_WEIGHTS) as (keyof typeof MATCH_WEIGHTS)[];
  const weights = tune && train ? fitWeights(train, keys) : MATCH_WEIGHTS;
  if (tune) console.log(`tuned on train: ${JSON.stringify(weights)}`);
  for (const [name, rows] of bySplit) {
    results[name] = score(rows, weights);
    const r = results[name];
    console.log(
      `${name}: MAP@1 ${r.map1.toFixed(3)}  MAP@5 ${r.map5.toFixed(3)}  recall@5 ${r.recall5.toFixed(3)}`,
    );
  }
} finally {
  await db.$disconnect();
  await server.stop();
}
console.log(JSON.stringify({ data: dir, splits: results }));
