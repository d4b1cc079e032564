import type { Browser } from '@playwright/test';
import { checkClaimReview, jsonLdBlocks } from '../lib/claimreview/check-claim-review';
import type { World } from '../prisma/test-world';
import { expect, pageAs, test } from './fixtures';
import { uniqueClientAddress } from './client-address';

const base = `http://localhost:${process.env.E2E_PORT ?? 3107}`;

/** An approved verdict with a sourced figure, published by a chief through the desk (which revalidates). */
async function publish(
  browser: Browser,
  world: World,
  db: import('../generated/prisma/client').PrismaClient,
) {
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
  await db.vote.create({
    data: { verdictId: verdict.id, voterId: world.secondChief.id, decision: 'APPROVE', comment: '' },
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
      archiveUrl: 'https://web.archive.org/example',
      addedById: world.users.EDITOR.id,
      createdAt: new Date(Date.now() - 60_000),
    },
  });
  await db.claim.update({ where: { id: claim.id }, data: { status: 'IN_REVIEW' } });
  const chief = await pageAs(browser, world.users.CHIEF);
  const desk = await chief.goto(`/desk/claims/${claim.id}`);
  await chief.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(chief.getByTestId('workflow')).toContainText('Published on');
  return { claim, deskHeaders: desk?.headers() ?? {} };
}

test('a published verdict is served from cache, listed, charted and fed; unpublished ones are nowhere public', async ({
  browser,
  world,
  db,
  request,
}) => {
  const hidden = world.claims[1];
  const { claim, deskHeaders } = await publish(browser, world, db);
  const path = `/claims/${claim.slug}`;

  const first = await request.get(path);
  expect(first.status()).toBe(200);
  const second = await request.get(path);
  expect(second.headers()['x-nextjs-cache'], 'the second anonymous view comes from the cache').toBe('HIT');
  // A shared cache may keep public reads for a minute, not a year; the desk is never stored.
  const shared = 'public, s-maxage=60, stale-while-revalidate=30';
  expect(second.headers()['cache-control']).toBe(shared);
  expect(deskHeaders['cache-control']).toBe('private, no-store');

  const reader = await browser.newPage();
  await reader.goto(path);
  const label = await reader.getByTestId('verdict-label').innerText();
  const blocks = jsonLdBlocks(await reader.content());
  expect(blocks).toHaveLength(1);
  expect(checkClaimReview(blocks[0], { pageUrl: `${base}${path}`, shownLabel: label })).toEqual([]);
  await expect(reader.locator('link[rel="canonical"]')).toHaveAttribute('href', `${base}${path}`);
  await expect(reader.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    `Mostly false: ${claim.claimReviewed}`,
  );
  await expect(reader.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  await expect(reader.getByText(`reviewed by ${world.secondChief.name}`)).toBeVisible();
  await expect(reader.getByRole('link', { name: 'archived copy' })).toHaveAttribute(
    'href',
    'https://web.archive.org/example',
  );
  const chart = reader.getByTestId('figure-chart').getByRole('img');
  await expect(chart).toHaveAccessibleName(/Claimed figure against the sources, people killed per week/);
  await expect(chart).toHaveAccessibleDescription('Claimed: 5,000 to 7,000; OHCHR: 1,200');

  // Lists, the article page, the sitemap and both feeds picked it up; the unpublished claim is absent everywhere.
  await reader.goto(
    `/verdicts?speaker=${encodeURIComponent('Donald Trump')}&rating=MOSTLY_FALSE&article=${world.article.slug}`,
  );
  await expect(reader.getByTestId('verdict-list').getByRole('listitem')).toHaveCount(1);
  await expect(reader.getByTestId('verdict-list').locator(`a[href="${path}"]`)).toHaveText(
    claim.claimReviewed,
  );
  await reader.goto(`/verdicts?rating=FALSE&article=${world.article.slug}`);
  await expect(reader.getByText('No verdicts match.')).toBeVisible();
  // Values no one published are ignored (not new cache keys): this filter is the article alone.
  await reader.goto(`/verdicts?speaker=Nobody+at+all&rating=MOSTLY_FALSE&article=${world.article.slug}`);
  await expect(reader.getByTestId('verdict-list').locator(`a[href="${path}"]`)).toHaveText(
    claim.claimReviewed,
  );
  await reader.goto(`/articles/${world.article.slug}`);
  await expect(reader.getByTestId('article-claims').getByRole('listitem')).toHaveCount(1);
  const sitemapResponse = await request.get('/sitemap.xml');
  expect(sitemapResponse.headers()['cache-control']).toBe(shared);
  const sitemap = await sitemapResponse.text();
  expect(sitemap).toContain(`${base}${path}`);
  expect(sitemap).not.toContain(hidden.slug);
  const atomResponse = await request.get('/feeds/verdicts.atom');
  expect(atomResponse.headers()['cache-control']).toBe(shared);
  const atom = await atomResponse.text();
  // Editor text goes out as escaped text, never as HTML a feed reader would render.
  const xmlText = (v: string) => v.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  expect(atom).toContain(`<title type="text">Mostly false: ${xmlText(claim.claimReviewed)}</title>`);
  expect(atom).not.toContain('CDATA');
  expect(atom).not.toContain('type="html"');
  const feed = await (await request.get('/feeds/claimreview.json')).json();
  const fed = feed.dataFeedElement.find((r: { url: string }) => r.url === `${base}${path}`);
  expect(checkClaimReview(fed, { pageUrl: `${base}${path}`, shownLabel: 'Mostly false' })).toEqual([]);
  expect(JSON.stringify(feed)).not.toContain(hidden.claimReviewed);
  expect((await request.get(`/claims/${hidden.slug}`)).status()).toBe(404);

  // Every published verdict page the sitemap lists keeps every ClaimReview rule, the shown label included.
  const pages = [...sitemap.matchAll(/<loc>([^<]*\/claims\/[^<]*)<\/loc>/g)].map((m) => m[1]);
  expect(pages.length).toBeGreaterThanOrEqual(1);
  for (const url of pages) {
    const html = await (await request.get(url)).text();
    const shown = html.match(/data-testid="verdict-label"[^>]*>([^<]*)</)?.[1];
    expect(shown, url).toBeTruthy();
    const reviews = jsonLdBlocks(html);
    expect(reviews, url).toHaveLength(1);
    expect(checkClaimReview(reviews[0], { pageUrl: url, shownLabel: shown }), url).toEqual([]);
  }

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /desk');
});

test('readers suggest a claim: bad input is explained, the honeypot and rate limit keep bots out', async ({
  browser,
  db,
}) => {
  const context = await browser.newContext({
    extraHTTPHeaders: {
      'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250) + 1}, ${uniqueClientAddress()}`,
    },
  });
  const page = await context.newPage();
  const marker = `check-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await page.goto('/suggest');
  const form = page.getByTestId('suggest-form');
  await form.getByLabel('Your message').fill('short');
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(form.getByTestId('error-message')).toHaveText(
    'Please tell us a little more (at least 10 characters).',
  );
  await expect(form.getByTestId('error-kind')).toBeVisible();

  await form.getByLabel('What is this about?').selectOption('SUGGEST_CLAIM');
  await form.getByLabel('Your message').fill(`Please check the minister's claim ${marker}`);
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(form.getByTestId('form-success')).toContainText('Thank you');
  expect(await db.readerSubmission.count({ where: { message: { contains: marker } } })).toBe(1);

  // A bot fills the hidden field: it is thanked and nothing is stored.
  await page.reload();
  await form.getByLabel('What is this about?').selectOption('SUGGEST_CLAIM');
  await form.getByLabel('Your message').fill(`Buy cheap watches ${marker}-bot`);
  await page.locator('input[name="website"]').fill('http://spam.example');
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(form.getByTestId('form-success')).toContainText('Thank you');
  expect(await db.readerSubmission.count({ where: { message: { contains: `${marker}-bot` } } })).toBe(0);

  for (let i = 0; i < 4; i++) {
    await page.reload();
    await form.getByLabel('What is this about?').selectOption('REPORT_ERROR');
    await form.getByLabel('Your message').fill(`Message number ${i} ${marker}-burst`);
    await form.getByRole('button', { name: 'Send' }).click();
    await expect(form.getByTestId('form-success')).toBeVisible();
  }
  await page.reload();
  await form.getByLabel('What is this about?').selectOption('REPORT_ERROR');
  await form.getByLabel('Your message').fill(`One too many ${marker}-burst`);
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(form.getByTestId('form-error')).toContainText('Please wait 10 minutes');
  expect(await db.readerSubmission.count({ where: { message: { contains: `${marker}-burst` } } })).toBe(4);
  await context.close();
});
