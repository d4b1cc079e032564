import { randomUUID } from 'node:crypto';
import { openDatabase } from '../scripts/database.mts';
import { runOrThrow } from '../scripts/run.mts';

// Prints timings and memory; it is not a test. Exports 1,000 claims (verdicts, votes, sources,
// corrections, notes) in every format through the route's own streaming path. "peak heap" includes
// garbage not yet collected; "peak held" is measured after a full GC per chunk, and is what must
// stay flat as the report grows (compare BENCH_CLAIMS=4000). pdfkit keeps its page tree until the
// end, a few KB per claim.
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1000);

const database = await openDatabase({
  dataDir: '.data/postgres-bench',
  port: 54349,
  name: 'claimdesk_bench',
  fresh: true,
});
process.env.DATABASE_URL = database.url;
await runOrThrow('npx', ['prisma', 'migrate', 'deploy'], { ...process.env, DATABASE_URL: database.url });

// Imported only now: lib/server/db reads DATABASE_URL when it loads.
const { scriptClient } = await import('../prisma/client.ts');
const { createArticle, createUser, upsertSpeaker } = await import('../prisma/factories.ts');
const { streamReportClaims } = await import('../lib/server/reports/stream-report-claims.ts');
const { REPORT_FORMAT_KEYS } = await import('../lib/report/formats.ts');
const { renderReport, reportStream } = await import('../lib/report/render-report.ts');
const { reportContext } = await import('../lib/report/report-context.ts');
const { db: appDb } = await import('../lib/server/db.ts');

const db = scriptClient();
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function seed() {
  const run = randomUUID().slice(0, 8);
  const sentence = (i: number) =>
    `Claim ${i}: officials said ${i * 7} people were affected in region ${i % 40}, a figure others dispute. `;
  const text = Array.from({ length: CLAIMS }, (_, i) => sentence(i)).join('');
  const article = await createArticle(db, { text, title: `Benchmark article ${run}`, slug: `bench-${run}` });
  const speaker = await upsertSpeaker(db, { name: `Benchmark Speaker ${run}` });
  const editor = await createUser(db, { role: 'EDITOR' });
  const chief = await createUser(db, { role: 'CHIEF' });
  const claimIds = Array.from({ length: CLAIMS }, () => randomUUID());
  let offset = 0;
  await db.claim.createMany({
    data: claimIds.map((id, i) => {
      const quote = sentence(i).trim();
      const start = text.indexOf(quote, offset);
      offset = start + quote.length;
      return {
        id,
        slug: `bench-${run}-${i}`,
        articleId: article.id,
        speakerId: speaker.id,
        quote,
        startOffset: start,
        endOffset: offset,
        claimReviewed: `${i * 7} people were affected in region ${i % 40}`,
        kind: 'STATISTIC' as const,
        score: 0.8,
        status: i % 2 ? ('PUBLISHED' as const) : ('IN_REVIEW' as const),
        publishedAt: i % 2 ? new Date() : null,
      };
    }),
  });
  const verdictIds = claimIds.map(() => randomUUID());
  await db.verdict.createMany({
    data: claimIds.map((claimId, i) => ({
      id: verdictIds[i],
      claimId,
      rating: i % 3 ? ('MOSTLY_FALSE' as const) : ('MISLEADING' as const),
      conclusion: 'Official figures put the number well below what was claimed.',
      rationale:
        'The **ministry** publishes weekly counts; the latest three weeks average a third of the claimed figure.\n\nIndependent monitors agree.',
      authorId: editor.id,
      approvedAt: new Date(),
    })),
  });
  await db.vote.createMany({
    data: verdictIds.map((verdictId) => ({
      verdictId,
      voterId: chief.id,
      decision: 'APPROVE' as const,
      comment: 'Checked.',
    })),
  });
  for (const [i, id] of claimIds.entries())
    if (i % 2) await db.claim.update({ where: { id }, data: { publishedVerdictId: verdictIds[i] } });
  await db.source.createMany({
    data: claimIds.flatMap((claimId) => [
      {
        claimId,
        url: 'https://stats.example/weekly',
        title: 'Weekly statistics',
        publisher: 'Statistics office',
        stance: 'CONTRADICTS' as const,
        addedById: editor.id,
      },
      {
        claimId,
        url: 'https://monitor.example/report',
        title: 'Monitoring report',
        publisher: 'Monitor',
        stance: 'CONTEXT' as const,
        addedById: editor.id,
      },
    ]),
  });
  await db.correction.createMany({
    data: claimIds
      .filter((_, i) => i % 10 === 0)
      .map((claimId) => ({
        claimId,
        body: 'An earlier version gave the wrong region.',
        authorId: editor.id,
      })),
  });
  await db.note.createMany({
    data: claimIds.map((claimId) => ({
      claimId,
      body: 'Ask the ministry for the raw series.',
      authorId: editor.id,
    })),
  });
  return { article, speaker, users: [editor, chief] };
}

/** With collect, a full GC runs after every chunk, so the peak is what the export holds, not garbage awaiting collection (slower: not timed). */
async function exportOnce(
  format: (typeof REPORT_FORMAT_KEYS)[number],
  user: { id: string; name: string; email: string; role: 'EDITOR' },
  articleId: string,
  collect = false,
) {
  const started = performance.now();
  const { article, total, batches } = await streamReportClaims(user, { articleId }, { includeNotes: true });
  const ctx = reportContext({
    article,
    scope: { articleId },
    total,
    generatedAt: new Date(),
    includeNotes: true,
    organisation: { name: 'Claimdesk Fact Check', url: 'http://localhost:3000/' },
    publicUrl: (slug) => `http://localhost:3000/claims/${slug}`,
    deskUrl: (id) => `http://localhost:3000/desk/claims/${id}`,
  });
  const reader = reportStream(renderReport(format, ctx, batches)).getReader();
  let bytes = 0;
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
  };
  const sampler = collect ? undefined : setInterval(sample, 5);
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    bytes += read.value.length;
    if (collect) global.gc?.();
    sample();
  }
  clearInterval(sampler);
  return { ms: performance.now() - started, total, bytes, peakRss, peakHeap };
}

let seeded: Awaited<ReturnType<typeof seed>> | undefined;
try {
  const t = performance.now();
  seeded = await seed();
  console.log(
    `seeded ${CLAIMS} claims with verdicts, votes, 2 sources, notes each in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const editor = {
    id: seeded.users[0].id,
    name: seeded.users[0].name,
    email: seeded.users[0].email,
    role: 'EDITOR' as const,
  };
  // One untimed pass warms the connection pool and the JIT, so the first format is not penalised.
  await exportOnce('md', editor, seeded.article.id);
  global.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  console.log(
    `before: rss ${mb(rss)}, heap used ${mb(heapUsed)}${global.gc ? '' : ' (run with --expose-gc for the held column)'}\n`,
  );
  console.log('format   time      size      claims  peak rss   peak heap  peak held');
  for (const format of REPORT_FORMAT_KEYS) {
    global.gc?.();
    const r = await exportOnce(format, editor, seeded.article.id);
    const held = global.gc ? mb((await exportOnce(format, editor, seeded.article.id, true)).peakHeap) : '–';
    console.log(
      `${format.padEnd(8)} ${`${r.ms.toFixed(0)} ms`.padEnd(9)} ${mb(r.bytes).padEnd(9)} ${String(r.total).padEnd(7)} ${mb(r.peakRss).padEnd(10)} ${mb(r.peakHeap).padEnd(10)} ${held}`,
    );
  }
} finally {
  if (seeded) {
    await db.article.delete({ where: { id: seeded.article.id } });
    await db.speaker.delete({ where: { id: seeded.speaker.id } });
    await db.user.deleteMany({ where: { id: { in: seeded.users.map((u) => u.id) } } });
  }
  await Promise.all([db.$disconnect(), appDb.$disconnect()]);
  await database.stop();
}
