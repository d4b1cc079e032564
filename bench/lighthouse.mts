// `npm run bench:lighthouse`: Lighthouse's four scores (mobile profile, its default) for every
// public page, against `next start` from the current build, in Debian's Chromium. Run it on a quiet
// machine: performance scores move with load. Needs `npm run build` first.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { scriptClient } from '../prisma/client.ts';
import { createWorld } from '../prisma/test-world.ts';
import { migrateAndSeed, openDatabase } from '../scripts/database.mts';
import { startNext, stopAll } from '../scripts/services.mts';

const appPort = Number(process.env.BENCH_APP_PORT ?? 3413);
const database = await openDatabase({
  dataDir: '.data/postgres-bench-lighthouse',
  port: Number(process.env.BENCH_PG_PORT ?? 6397),
  name: 'claimdesk_lighthouse',
  fresh: true,
});
const chrome = await chromeLauncher.launch({
  chromePath: ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync),
  chromeFlags: ['--headless=new', '--disable-gpu', '--no-sandbox', '--no-first-run'],
});
try {
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
  const verdict = await db.verdict.create({
    data: {
      claimId: claim.id,
      rating: 'MOSTLY_FALSE',
      conclusion: 'Weekly deaths are well below 5,000.',
      rationale: 'Estimates differ.',
      authorId: world.users.EDITOR.id,
      approvedAt: new Date(),
    },
  });
  await db.source.create({
    data: {
      claimId: claim.id,
      url: 'https://example.org/un',
      title: 'UN update',
      publisher: 'OHCHR',
      kind: 'OFFICIAL_RECORD',
      stance: 'CONTRADICTS',
      figure: 1200,
      addedById: world.users.EDITOR.id,
    },
  });
  await db.claim.update({
    where: { id: claim.id },
    data: { status: 'PUBLISHED', publishedAt: new Date(), publishedVerdictId: verdict.id },
  });
  await db.$disconnect();

  const app = await startNext('lighthouse-app', appPort, env, '.data');
  const pages = [
    '/',
    '/verdicts',
    `/claims/${claim.slug}`,
    `/articles/${world.article.slug}`,
    '/corrections',
    '/methodology',
    '/suggest',
  ];
  console.log('Lighthouse (mobile), performance / accessibility / best practices / SEO');
  for (const page of pages) {
    await fetch(`${app}${page}`); // rendered once, as a reader after the first would get it
    const result = await lighthouse(`${app}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const { categories, audits } = result!.lhr;
    const score = (k: string) => String(Math.round((categories[k]?.score ?? 0) * 100)).padStart(3);
    const ms = (k: string) => `${Math.round(Number(audits[k]?.numericValue ?? 0))} ms`;
    const summary =
      (
        audits['resource-summary']?.details as
          { items?: { resourceType: string; transferSize: number }[] } | undefined
      )?.items ?? [];
    const scriptKb = Math.round((summary.find((i) => i.resourceType === 'script')?.transferSize ?? 0) / 1024);
    console.log(
      `  ${page.padEnd(48)} ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')}   TBT ${ms('total-blocking-time')}, LCP ${ms('largest-contentful-paint')}, JS ${scriptKb} KB`,
    );
  }
} finally {
  await chrome.kill();
  await stopAll();
  await database.stop();
}
process.exit(0);
