import type { Page } from '@playwright/test';
import type { PrismaClient } from '../generated/prisma/client';
import { checkClaimReview, jsonLdBlocks } from '../lib/claimreview/check-claim-review';
import type { World } from '../prisma/test-world';
import { uncoveredSentence } from './authorization-matrix';
import { expect as baseExpect, pageAs, test } from './fixtures';

// Each test walks a whole correction through two people; generous limits keep it passing on a busy machine.
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const port = process.env.E2E_PORT ?? 3107;

/** Publishes a claim as the workflow would leave it: an approved verdict, written and reviewed by others. */
async function publishNow(db: PrismaClient, w: World, claimId: string) {
  const verdict = await db.verdict.create({
    data: {
      claimId,
      rating: 'MOSTLY_FALSE',
      conclusion: 'Estimates are lower.',
      rationale: 'Counts differ.',
      authorId: w.secondChief.id,
      approvedAt: new Date(),
    },
  });
  await db.claim.update({
    where: { id: claimId },
    data: { status: 'PUBLISHED', publishedAt: new Date(), publishedVerdictId: verdict.id },
  });
}

/** Selects article characters [start, end) the way a mouse drag would leave the DOM selection. */
async function selectWords(page: Page, start: number, end: number) {
  await page
    .getByTestId('selectable-article')
    .first()
    .evaluate(
      (root, [from, to]) => {
        const runs = [...root.querySelectorAll<HTMLElement>('[data-start]')];
        const locate = (offset: number): [Node, number] => {
          const run = runs.find(
            (el) =>
              offset >= Number(el.dataset.start) &&
              offset <= Number(el.dataset.start) + (el.textContent?.length ?? 0),
          )!;
          return [run.firstChild!, offset - Number(run.dataset.start)];
        };
        const range = document.createRange();
        range.setStart(...locate(from));
        range.setEnd(...locate(to));
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      },
      [start, end],
    );
}

/** A chief who did not write the correction approves and publishes it. */
async function approveAndPublishCorrection(chief: Page, claimId: string) {
  await chief.goto(`/desk/claims/${claimId}`);
  await chief.getByTestId('vote-form').getByLabel('Your decision').selectOption('APPROVE');
  await chief.getByRole('button', { name: 'Record vote' }).click();
  await chief.getByRole('button', { name: 'Publish correction' }).click();
  await expect(chief.getByRole('button', { name: 'Publish correction' })).toHaveCount(0);
}

test('a published claim’s wording, speaker, kind and words are corrected; readers and ClaimReview follow once the correction is published', async ({
  browser,
  world,
  db,
}) => {
  const claim = world.casualty;
  await publishNow(db, world, claim.id);
  const wording =
    'Trump says 5,000 to 7,000 soldiers are being killed every week in the war between Russia and Ukraine';
  const from = claim.startOffset + claim.quote.indexOf(' ') + 1;
  const quote = world.article.text.slice(from, claim.endOffset);

  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto(`/desk/claims/${claim.id}/edit`);
  const form = editor.getByTestId('edit-claim-form');
  await form.getByLabel('Claim as checked').fill(wording);
  await expect(form.getByTestId('claimReviewed-count')).toContainText(`${wording.length} / 140 characters`);
  await form.getByLabel('Speaker').fill('Donald J. Trump');
  await form.getByLabel('Kind').selectOption('STATISTIC');
  await selectWords(editor, from, claim.endOffset);
  await expect(form.getByTestId('span-quote')).toHaveText(quote);
  await form.getByRole('button', { name: 'Save and send the correction for review' }).click();
  await expect(form.getByTestId('error-correctionNote')).toContainText('say what the correction changes');
  await form
    .getByLabel('Correction note (public)')
    .fill('We restated the claim in full and named the speaker as the transcript does.');
  await form.getByRole('button', { name: 'Save and send the correction for review' }).click();
  await expect(form.getByTestId('form-success')).toContainText(
    'once the correction is reviewed and published',
  );

  const reader = await browser.newPage();
  await reader.goto(`/claims/${claim.slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(claim.claimReviewed);

  await approveAndPublishCorrection(await pageAs(browser, world.users.CHIEF), claim.id);
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(wording, { timeout: 2000 });
  }).toPass({ timeout: 60_000 });
  await expect(reader.getByText('Claim by Donald J. Trump')).toBeVisible();
  await expect(reader.locator('mark')).toHaveText(quote);
  await expect(reader.getByText('We restated the claim in full')).toBeVisible();

  // A new speaker has no identity link yet; the Speakers page adds it and the published page follows.
  await editor.goto('/desk/speakers');
  // Other tests' worlds add speakers whose names contain this one: pick the claim's own speaker.
  const { speakerId } = await db.claim.findUniqueOrThrow({
    where: { id: claim.id },
    select: { speakerId: true },
  });
  const speaker = editor.getByTestId(`speaker-${speakerId}`);
  await speaker.getByLabel('Identity link').fill('not a link');
  await speaker.getByRole('button', { name: 'Save speaker' }).click();
  await expect(speaker.getByText('must be a full web address')).toBeVisible();
  await speaker.getByLabel('Identity link').fill('https://www.wikidata.org/wiki/Q22686');
  await speaker.getByLabel('Job title').fill('President of the United States');
  await speaker.getByRole('button', { name: 'Save speaker' }).click();
  await expect(speaker.getByTestId('form-success')).toHaveText('Speaker saved.');
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByText('Claim by Donald J. Trump, President of the United States')).toBeVisible({
      timeout: 2000,
    });
  }).toPass({ timeout: 60_000 });
  const [review] = jsonLdBlocks(await reader.content()) as {
    claimReviewed: string;
    itemReviewed: { author: { name: string } };
  }[];
  expect(review.claimReviewed).toBe(wording);
  expect(review.itemReviewed.author.name).toBe('Donald J. Trump');
  const shownLabel = await reader.getByTestId('verdict-label').innerText();
  expect(
    checkClaimReview(review, { pageUrl: `http://localhost:${port}/claims/${claim.slug}`, shownLabel }),
  ).toEqual([]);
});

test('words selected in the article reader become a claim, prefilled by the extractor', async ({
  browser,
  world,
  db,
}) => {
  const span = await uncoveredSentence(world, db);
  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto(`/desk/articles/${world.article.id}`);
  await selectWords(editor, span.start, span.end);
  const bar = editor.getByTestId('selection-bar');
  await expect(bar).toContainText(span.text);
  await bar.getByRole('link', { name: 'Make a claim' }).click();

  const form = editor.getByTestId('create-claim-form');
  await expect(form.getByTestId('span-quote')).toHaveText(span.text);
  await expect(form.getByLabel('Claim as checked')).not.toHaveValue('');
  if (!(await form.getByLabel('Speaker').inputValue())) await form.getByLabel('Speaker').fill('Donald Trump');
  const wording = await form.getByLabel('Claim as checked').inputValue();
  await form.getByRole('button', { name: 'Make the claim' }).click();
  await expect(editor.getByTestId('saved-notice')).toHaveText('Claim made from your selection.');
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(wording);

  await editor.goto(`/desk/articles/${world.article.id}`);
  await expect(editor.locator('mark[data-claim-id]')).toHaveCount(world.claims.length + 1);
});

test('merging a duplicate keeps its sources, notes and history on the surviving claim', async ({
  browser,
  world,
  db,
}) => {
  const [survivor, duplicate] = [world.claims[1], world.claims[2]];
  await db.source.create({
    data: {
      claimId: duplicate.id,
      url: 'https://example.org/duplicate-source',
      title: 'Source found on the duplicate',
      publisher: 'Example',
      stance: 'CONTEXT',
      addedById: world.users.EDITOR.id,
    },
  });
  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto(`/desk/claims/${duplicate.id}`);
  await editor.getByTestId('note-form').getByLabel('Internal note').fill('Same claim as the earlier one.');
  await editor.getByTestId('note-form').getByRole('button', { name: 'Add note' }).click();
  await expect(editor.getByTestId('notes')).toContainText('Same claim as the earlier one.');

  await editor.goto(`/desk/claims/${survivor.id}/merge`);
  const form = editor.getByTestId('merge-form');
  await form
    .getByRole('listitem')
    .filter({ hasText: duplicate.quote })
    .filter({ hasText: world.article.title })
    .getByRole('checkbox')
    .check();
  await form.getByRole('button', { name: 'Merge 1 into this claim' }).click();
  await expect(form.getByTestId('form-success')).toHaveText('Merged 1 duplicate into this claim.');

  await editor.goto(`/desk/claims/${survivor.id}`);
  await expect(editor.getByTestId('sources')).toContainText('Source found on the duplicate');
  await expect(editor.getByTestId('notes')).toContainText('Same claim as the earlier one.');
  await editor.goto(`/desk/claims/${survivor.id}/history`);
  await expect(editor.getByText('merged duplicates into this claim')).toBeVisible();
  await expect(editor.getByText('added an internal note')).toBeVisible();
  await editor.goto(`/desk/claims/${duplicate.id}`);
  await expect(editor.getByTestId('merged-notice')).toContainText(survivor.claimReviewed);
  await editor.goto(`/desk/articles/${world.article.id}`);
  await expect(editor.getByTestId('claim-list').getByRole('listitem')).toHaveCount(world.claims.length - 1);
});

test('a cited source is edited and another removed through a correction; the public chart and source list follow', async ({
  browser,
  world,
  db,
}) => {
  const claim = world.casualty;
  const un = await db.source.create({
    data: {
      claimId: claim.id,
      url: 'https://un.example/count',
      title: 'UN casualty count',
      publisher: 'OHCHR',
      stance: 'CONTRADICTS',
      figure: 31450,
      addedById: world.users.EDITOR.id,
    },
  });
  const old = await db.source.create({
    data: {
      claimId: claim.id,
      url: 'https://old.example/count',
      title: 'Withdrawn estimate',
      publisher: 'Old Institute',
      stance: 'CONTEXT',
      figure: 20000,
      addedById: world.users.EDITOR.id,
    },
  });
  await publishNow(db, world, claim.id);
  const reader = await browser.newPage();
  await reader.goto(`/claims/${claim.slug}`);
  await expect(reader.getByTestId('figure-chart')).toContainText('31,450');

  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto(`/desk/claims/${claim.id}`);
  const unItem = editor.getByTestId('source').filter({ hasText: un.title });
  await unItem.getByText('Edit source').click();
  const edit = editor.getByTestId(`edit-source-${un.id}`);
  await edit.getByLabel('Figure the source gives').fill('29,800');
  await edit.getByLabel('Correction note (public)').fill('The UN revised its count to 29,800.');
  await edit.getByRole('button', { name: 'Save and send the correction for review' }).click();
  await expect(edit.getByTestId('form-success')).toContainText(
    'once the correction is reviewed and published',
  );

  await editor
    .getByTestId('source')
    .filter({ hasText: old.title })
    .getByText('Remove source', { exact: true })
    .first()
    .click();
  const remove = editor.getByTestId(`remove-source-${old.id}`);
  await remove.getByLabel('Correction note (public)').fill('The institute withdrew its estimate.');
  await remove.getByRole('button', { name: 'Remove source' }).click();
  const removed = editor.getByTestId('removed-sources');
  await expect(removed).toContainText(old.title);
  await expect(removed).toContainText('readers see it until the correction is published');

  await reader.reload();
  await expect(reader.getByTestId('figure-chart')).toContainText('31,450');

  await approveAndPublishCorrection(await pageAs(browser, world.users.CHIEF), claim.id);
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByTestId('figure-chart')).toContainText('29,800', { timeout: 2000 });
  }).toPass({ timeout: 60_000 });
  await expect(reader.getByTestId('figure-chart')).not.toContainText('31,450');
  await expect(reader.getByTestId('figure-chart')).not.toContainText('Old Institute');
  await expect(reader.getByRole('link', { name: 'Withdrawn estimate' })).toHaveCount(0);
  await expect(reader.getByText('The UN revised its count to 29,800.')).toBeVisible();
});
