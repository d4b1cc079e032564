import { jsonLdBlocks } from '../lib/claimreview/check-claim-review';
import { createQueueClaims } from '../prisma/factories';
import { expect, pageAs, test } from './fixtures';
import { uniqueClientAddress } from './client-address';

// Several people sign in per test; give a busy machine room.
test.describe.configure({ timeout: 180_000 });

test('a chief finds the review on their desk and in the bell, previews the page, and the published page matches the preview', async ({
  browser,
  world,
  db,
}) => {
  const claim = world.casualty;
  await db.verdict.create({
    data: {
      claimId: claim.id,
      rating: 'MOSTLY_FALSE',
      conclusion: 'Weekly deaths are well below 5,000.',
      rationale: 'Counts **differ**.',
      authorId: world.users.EDITOR.id,
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
    data: { status: 'RESEARCHING', assigneeId: world.users.EDITOR.id },
  });

  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto(`/desk/claims/${claim.id}`);
  await editor.getByRole('button', { name: 'Send for review' }).click();
  await expect(editor.getByTestId('review')).toContainText('0 of 1 vote cast');

  // The chief's desk opens on the work: the review waits there, and the bell counts the request.
  const chief = await pageAs(browser, world.users.CHIEF);
  await chief.goto('/desk');
  await expect(
    // Other tests' worlds hold claims with the same words; this claim is the one linked by its id.
    chief.getByTestId('waiting-for-review').locator(`a[href="/desk/claims/${claim.id}"]`),
  ).toHaveAccessibleName(claim.claimReviewed);
  await expect(chief.getByTestId('notification-bell')).toHaveAccessibleName(/Notifications, [1-9]\d* unread/);
  await chief.getByTestId('notification-bell').click();
  const notice = chief
    .getByTestId('notifications')
    .getByRole('listitem')
    .filter({ hasText: claim.claimReviewed });
  await expect(notice).toContainText(`${world.users.EDITOR.name} asked for a review`);
  await notice.getByRole('link', { name: claim.claimReviewed }).click();

  const vote = chief.getByTestId('vote-form');
  await vote.getByLabel('Your decision').selectOption('APPROVE');
  await vote.getByRole('button', { name: 'Record vote' }).click();
  await expect(chief.getByTestId('review')).toContainText('approved and ready to publish');

  // The preview before publishing: the public page, ClaimReview and byline included.
  await chief.getByRole('link', { name: 'Preview the public page' }).click();
  await expect(chief.getByTestId('preview-note')).toBeVisible();
  const preview = {
    heading: await chief.getByRole('heading', { level: 1 }).innerText(),
    label: await chief.getByTestId('verdict-label').innerText(),
    byline: await chief.getByTestId('byline').innerText(),
    claimReview: jsonLdBlocks(await chief.content()),
  };
  expect(preview.byline).toBe(
    `Written by ${world.users.EDITOR.name} · reviewed by ${world.users.CHIEF.name}`,
  );
  await chief.getByRole('link', { name: 'Claim', exact: true }).click();
  await chief.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(chief.getByTestId('workflow')).toContainText('Published on');

  const reader = await browser.newPage();
  await reader.goto(`/claims/${claim.slug}`);
  expect(await reader.getByRole('heading', { level: 1 }).innerText()).toBe(preview.heading);
  expect(await reader.getByTestId('verdict-label').innerText()).toBe(preview.label);
  expect(await reader.getByTestId('byline').innerText()).toBe(preview.byline);
  expect(jsonLdBlocks(await reader.content())).toEqual(preview.claimReview);
  expect(preview.claimReview).toHaveLength(1);

  // The editor hears about the publication and clears the bell.
  await editor.goto('/desk/notifications');
  await expect(editor.getByTestId('notifications')).toContainText(
    `${world.users.CHIEF.name} published your claim`,
  );
  await editor.getByRole('button', { name: 'Mark all read' }).click();
  await expect(editor.getByTestId('notification-bell')).toHaveAccessibleName('Notifications, none unread');
});

test('a reader message becomes a claim with the reader’s words and link; focus lands on each form’s result', async ({
  browser,
  world,
}) => {
  const marker = `bus-${Date.now()}`;
  const message = `The mayor said 90 percent of buses (${marker}) run on time.`;
  const context = await browser.newContext({
    extraHTTPHeaders: { 'x-forwarded-for': uniqueClientAddress() },
  });
  const reader = await context.newPage();
  await reader.goto('/suggest');
  const form = reader.getByTestId('suggest-form');
  await form.getByLabel('What is this about?').selectOption('SUGGEST_CLAIM');
  await form.getByLabel('Your message').fill(message);
  await form.getByLabel('Link (optional)').fill('https://news.example/mayor');
  await form.getByRole('button', { name: 'Send' }).press('Enter');
  await expect(form.getByTestId('form-success')).toBeFocused();
  await context.close();

  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto('/desk');
  await expect(editor.getByTestId('recent-messages')).toContainText(marker);
  await editor.goto('/desk/submissions');
  const item = editor.getByTestId('submissions').getByRole('listitem').filter({ hasText: marker });
  await item.getByRole('button', { name: 'Turn into a claim…' }).click();
  await expect(item.getByLabel('Claim as checked')).toHaveValue(message);
  await item
    .getByLabel('Claim as checked')
    .fill(`The mayor says 90 percent of buses run on time (${marker})`);
  await item.getByRole('button', { name: 'Create the claim' }).click();
  await expect(item.getByTestId('error-speaker')).toHaveText('Who said it is required.');
  await expect(item.getByTestId('form-error')).toBeFocused();
  await item.getByLabel('Who said it').fill('The mayor');
  await item.getByRole('button', { name: 'Create the claim' }).click();

  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(
    `The mayor says 90 percent of buses run on time (${marker})`,
  );
  await expect(editor.locator('mark')).toContainText(message);
  await expect(
    editor.getByTestId('sources').getByRole('link', { name: 'Link sent by a reader' }),
  ).toHaveAttribute('href', 'https://news.example/mayor');
  await expect(editor.getByTestId('workflow')).toContainText(`Assigned to ${world.users.EDITOR.name}`);

  await editor.goto('/desk/submissions?status=CLAIMED');
  const claimed = editor.getByTestId('submissions').getByRole('listitem').filter({ hasText: marker });
  await expect(claimed).toContainText('Turned into the claim');
  await expect(claimed.getByRole('button', { name: 'Turn into a claim…' })).toHaveCount(0);
});

test('an editor pages through a long queue and back to its top', async ({ browser, world, db }) => {
  await createQueueClaims(db, world.claims[0], 55, {
    status: 'RESEARCHING',
    assigneeId: world.users.EDITOR.id,
    claimReviewed: (i) => `Queue claim number ${i + 1}`,
    score: (i) => 1 - i / 100,
  });
  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto('/desk/queue?status=RESEARCHING&mine=1');
  const rows = editor.getByTestId('queue').locator('tbody tr');
  await expect(rows).toHaveCount(50);
  await expect(rows.first().getByRole('link')).toHaveText('Queue claim number 1');
  await expect(editor.getByTestId('queue-position')).toHaveText('Claims 1–50 of 55');
  await expect(editor.getByRole('link', { name: 'Back to the top of the queue' })).toHaveCount(0);
  // The navigation says where the editor is: their own claims, not the whole queue.
  const nav = editor.getByRole('navigation', { name: 'Workspace' });
  await expect(nav.getByRole('link', { name: 'My claims' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Queue', exact: true })).not.toHaveAttribute('aria-current');

  await editor.getByRole('link', { name: 'Next 50 claims' }).click();
  await expect(rows).toHaveCount(5);
  await expect(rows.first().getByRole('link')).toHaveText('Queue claim number 51');
  await expect(editor.getByTestId('queue-position')).toHaveText('Claims 51–55 of 55');
  await expect(editor.getByRole('link', { name: 'Next 50 claims' })).toHaveCount(0);

  await editor.getByRole('link', { name: 'Back to the top of the queue' }).click();
  await expect(rows).toHaveCount(50);
  await expect(rows.first().getByRole('link')).toHaveText('Queue claim number 1');
  await editor.context().close();
});
