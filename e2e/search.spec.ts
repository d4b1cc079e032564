import type { PrismaClient } from '../generated/prisma/client';
import { createQueueClaims, upsertSpeaker } from '../prisma/factories';
import type { World } from '../prisma/test-world';
import { longDate } from '../lib/dates';
import { expect, pageAs, test } from './fixtures';

const marker = () =>
  `quorvex${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6)}`;

/** Publishes a claim straight in the database: search reads live data, it needs no cache refresh. */
async function publishDirectly(db: PrismaClient, world: World, claimId: string, conclusion: string) {
  const verdict = await db.verdict.create({
    data: {
      claimId,
      rating: 'FALSE',
      conclusion,
      rationale: 'Checked against the record.',
      authorId: world.users.EDITOR.id,
      approvedAt: new Date(),
    },
  });
  return db.claim.update({
    where: { id: claimId },
    data: { status: 'PUBLISHED', publishedAt: new Date(), publishedVerdictId: verdict.id },
  });
}

test('desk search: "/" focuses the box, name variants and typos are found, internal notes only for editors', async ({
  browser,
  world,
  db,
}) => {
  await upsertSpeaker(db, { name: 'Volodymyr Zelenskyy' });
  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto('/desk');
  // The shortcut exists once the header has hydrated; on a busy machine that can trail the paint,
  // so press again as a user whose first "/" went nowhere would.
  const box = editor.locator('#desk-search');
  await expect(async () => {
    if (!(await box.evaluate((el) => el === document.activeElement))) await editor.keyboard.press('/');
    await expect(box).toBeFocused({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await editor.keyboard.type('Zelensky');
  await editor.keyboard.press('Enter');
  await expect(editor).toHaveURL(/\/desk\/search\?q=Zelensky/);
  await expect(editor.getByTestId('entity-hits')).toContainText('Volodymyr Zelenskyy');

  await editor.goto('/desk/search?q=Anchorge');
  // Every test world holds an "Anchorage copy" article and only the best few are listed: any will do.
  await expect(editor.getByTestId('entity-hits')).toContainText('Anchorage');

  const word = marker();
  await db.note.create({
    data: {
      claimId: world.claims[0].id,
      body: `Called the ministry about ${word}, no answer.`,
      authorId: world.users.EDITOR.id,
    },
  });
  await editor.goto(`/desk/search?q=${word}`);
  const hit = editor.getByTestId('search-results').getByRole('listitem');
  await expect(hit).toHaveCount(1);
  await expect(hit.getByTestId('snippet')).toContainText('Matched in internal note');
  await expect(hit.locator('mark')).toHaveText(word);

  const viewer = await pageAs(browser, world.users.VIEWER);
  await viewer.goto(`/desk/search?q=${word}`);
  await expect(viewer.getByText('No claims match.')).toBeVisible();
});

test('readers search published verdicts only; /api/match and /suggest offer published matches', async ({
  browser,
  world,
  db,
  request,
}) => {
  const word = marker();
  const [shown, hidden] = [world.claims[2], world.claims[3]];
  await db.claim.update({
    where: { id: shown.id },
    data: { claimReviewed: `Soldiers crossed the ${word} bridge every week` },
  });
  await db.claim.update({
    where: { id: hidden.id },
    data: { claimReviewed: `Draft about the ${word} bridge` },
  });
  await publishDirectly(db, world, shown.id, 'No crossings were recorded.');

  const reader = await browser.newPage();
  await reader.goto('/verdicts');
  await reader.getByLabel('Search verdicts').fill(`${word} bridge`);
  await reader.getByRole('button', { name: 'Search' }).click();
  const results = reader.getByTestId('verdict-search-results');
  await expect(results).toContainText(`Soldiers crossed the ${word} bridge every week`);
  await expect(results).not.toContainText('Draft about');
  expect(await reader.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  const api = await request.get(
    `/api/match?text=${encodeURIComponent(`Is it true soldiers crossed the ${word} bridge each week?`)}`,
  );
  expect(api.status()).toBe(200);
  const { matches } = (await api.json()) as { matches: { url: string; rating: string; score: number }[] };
  expect(matches[0]).toMatchObject({ rating: 'False' });
  expect(matches[0].url).toContain(`/claims/${shown.slug}`);
  expect(matches.map((m) => m.url).join()).not.toContain(hidden.slug);

  await reader.goto('/suggest');
  const form = reader.getByTestId('suggest-form');
  await form.getByLabel('What is this about?').selectOption('SUGGEST_CLAIM');
  await form
    .getByLabel('Your message')
    .fill(`I keep reading that soldiers crossed the ${word} bridge every week. True?`);
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(reader.getByTestId('suggest-matches')).toContainText(
    `Soldiers crossed the ${word} bridge every week`,
  );

  // The desk reads the same match beside the message, so nobody re-checks it unawares.
  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto('/desk/submissions');
  const message = editor
    .getByTestId('submissions')
    .getByRole('listitem')
    .filter({ hasText: `soldiers crossed the ${word} bridge every week. True?` });
  await expect(message.getByTestId('submission-matches')).toContainText(
    `False: Soldiers crossed the ${word} bridge every week`,
  );
});

test('at import, a suggested claim that a published verdict already answers carries its badge', async ({
  browser,
  world,
  db,
}) => {
  test.slow();
  const word = marker();
  const checked = world.claims[2];
  await db.claim.update({
    where: { id: checked.id },
    data: { claimReviewed: `Soldiers crossed the ${word} bridge 400 times a week` },
  });
  const published = await publishDirectly(db, world, checked.id, 'No crossings were recorded.');

  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto('/desk/import');
  await editor.getByLabel('Title').fill(`Briefing on the ${word} bridge`);
  await editor.getByLabel('Outlet').fill('Wire service');
  await editor.getByLabel('Publication date').fill('2026-11-20');
  await editor
    .getByLabel('Article text')
    .fill(
      `The defence minister spoke in the capital on Monday.\n\n"Our soldiers crossed the ${word} bridge 400 times a week," she told reporters.\n\nShe also said the weather had been kind to the harvest this year.`,
    );
  await editor.getByRole('button', { name: 'Find claims' }).click();
  const suggestion = editor.getByTestId('suggestion').filter({ hasText: `${word} bridge 400 times` });
  const badge = suggestion.getByTestId('checked-badge');
  await expect(badge).toContainText(`Checked ${longDate(published.publishedAt!)}: False`);
  await expect(badge.getByRole('link')).toHaveAttribute('href', `/claims/${checked.slug}`);
});

test('previously checked: the earlier claim is offered with a reason, linked as the same claim, reused explicitly and shown as also checked', async ({
  browser,
  world,
  db,
}) => {
  const word = marker();
  const [earlier, later] = [world.claims[4], world.claims[5]];
  await db.claim.update({
    where: { id: earlier.id },
    data: { claimReviewed: `The ${word} pipeline carried 40 tankers a month` },
  });
  await db.claim.update({
    where: { id: later.id },
    data: { claimReviewed: `${word} pipeline moved 40 tankers a month, says minister` },
  });
  await db.source.create({
    data: {
      claimId: earlier.id,
      url: `https://port.example/${word}-manifests`,
      title: `Port manifests for the ${word} terminal`,
      publisher: 'Port authority',
      stance: 'CONTRADICTS',
      addedById: world.users.EDITOR.id,
    },
  });
  await publishDirectly(db, world, earlier.id, 'Shipping records show far fewer.');

  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto(`/desk/claims/${later.id}`);
  const item = editor.getByTestId('previously-checked').getByTestId('previously-checked-item').first();
  await expect(item).toContainText(`The ${word} pipeline carried 40 tankers a month`);
  await expect(item.getByTestId('match-reason')).toHaveText('same figure: 40');
  const form = editor.getByTestId(`link-form-${earlier.id}`);
  await form.getByLabel('This claim is').selectOption('SAME_CLAIM');
  await form.getByRole('button', { name: 'Mark' }).click();
  await expect(form.getByTestId('form-success')).toHaveText('Marked as the same claim.');
  expect(await db.auditEvent.count({ where: { action: 'claim.link', entityId: later.id } })).toBe(1);

  await editor.getByRole('link', { name: 'Start a verdict from this one' }).click();
  await expect(editor.getByTestId('reuse-notice')).toBeVisible();
  await expect(editor.getByTestId('verdict-form').getByLabel('Conclusion')).toHaveValue(
    'Shipping records show far fewer.',
  );
  expect(
    await db.verdict.count({ where: { claimId: later.id } }),
    'nothing is saved until the editor saves',
  ).toBe(0);
  const copy = editor.getByTestId('copy-sources-form');
  await expect(copy).toContainText(`Port manifests for the ${word} terminal, Port authority`);
  expect(await db.source.count({ where: { claimId: later.id } }), 'nor are the sources').toBe(0);
  await copy.getByRole('button', { name: 'Add this source' }).click();
  await expect(copy.getByTestId('form-success')).toHaveText('1 source added from the earlier check.');
  await expect(editor.getByTestId('sources')).toContainText(`Port manifests for the ${word} terminal`);

  await publishDirectly(db, world, later.id, 'Same as before.');
  const reader = await browser.newPage();
  await reader.goto(`/claims/${earlier.slug}`);
  await expect(reader.getByTestId('also-checked')).toContainText(
    `${word} pipeline moved 40 tankers a month, says minister`,
  );
});

test('desk search filters, sorts by newest change and pages on; the address holds it all and the back button returns', async ({
  browser,
  world,
  db,
}) => {
  const word = marker();
  const start = Date.now() - 60 * 60_000;
  const crates = (n: number) => `The ${word} depot shipped ${n} crates`;
  await createQueueClaims(db, world.claims[0], 23, {
    status: 'NEW',
    assigneeId: world.users.EDITOR.id,
    claimReviewed: (i) => crates(i + 1),
    score: () => 0.5,
    updatedAt: (i) => new Date(start + i * 60_000),
  });
  await db.claim.updateMany({
    where: { claimReviewed: crates(1) },
    data: { status: 'RESEARCHING', updatedAt: new Date(start) },
  });
  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto('/desk/search');
  const form = editor.getByRole('search');
  await form.getByLabel('Search claims, speakers, articles, verdicts, sources and notes').fill(word);
  await form.getByLabel('Sort by').selectOption('date');
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(editor).toHaveURL(new RegExp(`q=${word}.*sort=date`));
  const results = editor.getByTestId('search-results').getByRole('listitem');
  await expect(results).toHaveCount(20);
  await expect(results.first()).toContainText(`The ${word} depot shipped 23 crates`);
  await expect(results.last()).toContainText(`The ${word} depot shipped 4 crates`);

  await editor.getByRole('link', { name: 'More results' }).click();
  await expect(editor).toHaveURL(/after=/);
  await expect(results).toHaveCount(3);
  await expect(results.first()).toContainText(`The ${word} depot shipped 3 crates`);
  await editor.goBack();
  await expect(results).toHaveCount(20);
  await expect(results.first()).toContainText(`The ${word} depot shipped 23 crates`);

  await form.getByLabel('Status').selectOption('RESEARCHING');
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(editor).toHaveURL(/status=RESEARCHING/);
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(`The ${word} depot shipped 1 crates`);
  await editor.goBack();
  await expect(results).toHaveCount(20);
});
