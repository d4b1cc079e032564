import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { checkClaimReview } from '../lib/claimreview/check-claim-review';
import { createPublishedVerdict, upsertSpeaker } from '../prisma/factories';
import type { World } from '../prisma/test-world';
import { expect, pageAs, test } from './fixtures';
import { holdNextPost } from './hold-post';

const inReadingOrder = (world: World) => [...world.claims].sort((a, b) => a.startOffset - b.startOffset);

async function pdfText(file: string): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const standardFontDataUrl = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;
  const pdf = await getDocument({
    data: new Uint8Array(readFileSync(file)),
    standardFontDataUrl,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    pages.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
    );
  }
  await pdf.destroy();
  // Long headings wrap onto several lines; compare the words, not the line breaks.
  return pages.join('\n').replace(/\s+/g, ' ');
}

test('an editor exports one article as CSV from the export page: one row per claim, in reading order', async ({
  browser,
  world,
}) => {
  const page = await pageAs(browser, world.users.EDITOR);
  await page.goto('/desk');
  await page
    .getByRole('navigation', { name: 'Workspace' })
    .getByRole('link', { name: 'Export', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Export claims');

  await page.getByLabel('Format').selectOption('csv');
  await page.getByLabel('One article').check();
  await page.getByLabel('Article', { exact: true }).selectOption(world.article.id);
  await expect(page.getByRole('link', { name: 'Plain download link (no progress)' })).toHaveAttribute(
    'href',
    `/api/reports?format=csv&article=${world.article.id}`,
  );

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^claimdesk-report-article-[\w-]+-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parse(readFileSync(await file.path(), 'utf8'), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
  expect(rows.map((r) => r.claim_reviewed)).toEqual(inReadingOrder(world).map((c) => c.claimReviewed));
  expect(rows.every((r) => r.status === 'New' && r.verdict === '')).toBe(true);
  expect(Object.keys(rows[0])).not.toContain('internal_notes');
  await expect(page.getByTestId('export-status')).toHaveText(
    new RegExp(`^Saved ${file.suggestedFilename()}: ${world.claims.length} claims`),
  );
});

test('an editor exports filtered claims as JSON with internal notes: ClaimReview, sign-off and notes', async ({
  browser,
  world,
  db,
}) => {
  // A published, signed-off verdict on the casualty claim, said by a speaker only this test uses.
  const speaker = await upsertSpeaker(db, {
    name: `Export Speaker ${world.article.id}`,
    sameAs: 'https://www.wikidata.org/wiki/Q4115189',
  });
  await createPublishedVerdict(db, {
    claimId: world.casualty.id,
    authorId: world.users.EDITOR.id,
    reviewerId: world.users.CHIEF.id,
    comment: 'Solid.',
    claim: { speakerId: speaker.id },
  });
  await db.note.create({
    data: {
      claimId: world.casualty.id,
      body: 'INTERNAL: call the ministry back',
      authorId: world.users.EDITOR.id,
    },
  });

  const page = await pageAs(browser, world.users.EDITOR);
  await page.goto('/desk/export');
  await page.getByLabel('Format').selectOption('json');
  await page.getByLabel('Claims matching filters').check();
  await page.getByLabel('Status').selectOption('PUBLISHED');
  await page.getByLabel('Published rating').selectOption('MOSTLY_FALSE');
  await page.getByLabel('Speaker').fill(speaker.name.toLowerCase());
  await page.getByLabel('Include internal notes').check();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  const json = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(json.report).toMatchObject({ claimCount: 1, internal: true });
  expect(json.claims).toHaveLength(1);
  const [claim] = json.claims;
  expect(claim).toMatchObject({
    id: world.casualty.id,
    status: 'PUBLISHED',
    quote: world.casualty.quote,
    speaker: { name: speaker.name },
    verdict: { rating: 'MOSTLY_FALSE', label: 'Mostly false', conclusion: 'Lower than claimed.' },
    signOff: { approvedBy: [world.users.CHIEF.name] },
    notes: [{ author: world.users.EDITOR.name, body: 'INTERNAL: call the ministry back' }],
  });
  const pageUrl = `http://localhost:${process.env.E2E_PORT ?? 3107}/claims/${world.casualty.slug}`;
  expect(checkClaimReview(claim.claimReview, { pageUrl, shownLabel: 'Mostly false' })).toEqual([]);
});

test('a viewer exports an article as PDF from the article page, and is not offered internal notes', async ({
  browser,
  world,
}) => {
  const page = await pageAs(browser, world.users.VIEWER);
  await page.goto(`/desk/articles/${world.article.id}`);
  await page.getByRole('link', { name: 'Export…' }).click();
  await expect(page.getByLabel('Article', { exact: true })).toHaveValue(world.article.id);
  await expect(page.getByLabel('Include internal notes')).toHaveCount(0);

  await page.getByLabel('Format').selectOption('pdf');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const text = await pdfText(await file.path());
  expect(text).toContain(`Fact-check report: ${world.article.title}`);
  expect(text).toContain(world.casualty.claimReviewed);
  expect(text).toContain('Verdict: none yet');
});

test('an export prepared in the background starts once however often its form is posted; every copy leads to it', async ({
  browser,
  world,
  db,
}) => {
  const page = await pageAs(browser, world.users.EDITOR);
  await page.goto('/desk/export');
  await page.getByLabel('Format').selectOption('csv');
  await page.getByLabel('One article').check();
  await page.getByLabel('Article', { exact: true }).selectOption(world.article.id);
  const form = page.getByTestId('background-export-form');

  // The browser's post is held (the button says so meanwhile), then delivered twice at once, as a
  // double click that beat the button or a proxy's retry would deliver it.
  const { held } = await holdNextPost(page, '**/desk/export');
  await form.getByRole('button', { name: 'Prepare in the background' }).click();
  const route = await held;
  await expect(form.getByRole('button', { name: 'Starting…' })).toBeDisabled();
  const wire = page.context().request;
  const answers = await Promise.all([wire.fetch(route.request()), wire.fetch(route.request())]);
  expect(answers.map((a) => a.status() < 400)).toEqual([true, true]);
  const exports = await db.reportExport.findMany({ where: { requestedById: world.users.EDITOR.id } });
  expect(exports).toHaveLength(1);
  expect(exports[0].query).toMatchObject({ format: 'csv', article: world.article.id });

  // The browser's own copy arrives last: it starts nothing new either, and takes the editor to the export.
  await route.continue();
  await expect(page).toHaveURL(new RegExp(`/desk/export/jobs/${exports[0].id}$`));
  await expect(page.getByTestId('export-job-status')).toContainText(`Ready: ${world.claims.length} claims`, {
    timeout: 60_000,
  });
  expect(await db.reportExport.count({ where: { requestedById: world.users.EDITOR.id } })).toBe(1);
});
