import type { Page } from '@playwright/test';
import { expect, signInOverHttp, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const base = `http://localhost:${process.env.E2E_PORT ?? 3107}`;

async function expectNoSidewaysScroll(page: Page, path: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

test('every public page fits a 390 px screen without sideways scroll, with a skip link and a legible chart', async ({
  browser,
  world,
  db,
}) => {
  // A published verdict with a long-named source, so the verdict page, its chart and its article have content.
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
      publisher: 'Office of the United Nations High Commissioner for Human Rights',
      kind: 'OFFICIAL_RECORD',
      stance: 'CONTRADICTS',
      figure: 1200,
      addedById: world.users.EDITOR.id,
      createdAt: new Date(Date.now() - 60_000),
    },
  });
  await db.claim.update({
    where: { id: claim.id },
    data: { status: 'PUBLISHED', publishedAt: new Date(), publishedVerdictId: verdict.id },
  });

  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const pages = [
    '/',
    '/verdicts',
    `/claims/${claim.slug}`,
    `/articles/${world.article.slug}`,
    '/methodology',
    '/corrections',
    '/suggest',
    '/login',
  ];
  for (const path of pages) {
    await page.goto(path);
    await expectNoSidewaysScroll(page, path);
  }

  // The chart on the verdict page: every label shown whole, in text no smaller than 12 px.
  await page.goto(`/claims/${claim.slug}`);
  const chart = page.getByTestId('figure-chart');
  await expect(chart).toContainText('Office of the United Nations High Commissioner for Human Rights');
  const labels = await chart.locator('[role=img] span').evaluateAll((spans) =>
    spans
      .filter((s) => s.textContent)
      .map((s) => ({
        size: parseFloat(getComputedStyle(s).fontSize),
        clipped: s.scrollWidth > s.clientWidth + 1,
      })),
  );
  for (const label of labels) {
    expect(label.size).toBeGreaterThanOrEqual(12);
    expect(label.clipped).toBe(false);
  }

  // Keyboard: the first Tab reaches "Skip to content", which moves focus past the header.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await context.close();

  // /verdicts: an absolute canonical, and no "Page 99 of 2".
  const reader = await browser.newPage();
  await reader.goto('/verdicts');
  await expect(reader.locator('link[rel="canonical"]')).toHaveAttribute('href', `${base}/verdicts`);
  // The site navigation marks the page the reader is on, and only that one.
  const site = reader.getByRole('navigation', { name: 'Site' });
  await expect(site.getByRole('link', { name: 'All verdicts' })).toHaveAttribute('aria-current', 'page');
  await expect(site.locator('[aria-current]')).toHaveCount(1);
  // A page past the last shows the last page (the page number is clamped, which also bounds the cache).
  expect((await reader.goto('/verdicts?page=99'))?.status()).toBe(200);
  await expect(reader.getByText('Page 99')).toHaveCount(0);
  await reader.close();
});

test('the desk works on a 390 px phone too: header, queue, article and claim pages never scroll sideways', async ({
  browser,
  world,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await signInOverHttp(context.request, world.users.ADMIN);
  const page = await context.newPage();
  for (const path of [
    '/desk',
    '/desk/queue?status=NEW',
    `/desk/articles/${world.article.id}`,
    `/desk/claims/${world.casualty.id}`,
    '/desk/admin',
  ]) {
    await page.goto(path);
    await expect(page.getByTestId('signed-in-as')).toBeVisible();
    await expectNoSidewaysScroll(page, path);
  }
  // The queue gives a claim the phone's width and reads its kind and assignee under it.
  await page.goto('/desk/queue?status=NEW');
  const row = page.getByTestId('queue').locator('tbody tr').first();
  expect((await row.locator('td').first().boundingBox())!.width).toBeGreaterThan(250);
  await expect(row.getByText(/(Unassigned|Assigned to .+) · Updated \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await context.close();
});
