import { checkClaimReview, jsonLdBlocks } from '../lib/claimreview/check-claim-review';
import { createPublishedVerdict } from '../prisma/factories';
import { expect, pageAs, test } from './fixtures';

test('assign → research → review with a rejected vote → fix → approve → publish → correct', async ({
  browser,
  world,
  db,
}) => {
  // Three people, two reviews and a correction: generous on a busy machine.
  test.slow();
  const claim = world.casualty;
  const chief = await pageAs(browser, world.users.CHIEF);
  await chief.goto(`/desk/claims/${claim.id}`);
  await chief
    .getByTestId('assign-form')
    .getByLabel('Assigned editor')
    .selectOption({ label: world.users.EDITOR.name });
  await chief.getByRole('button', { name: 'Assign' }).click();
  await expect(chief.getByTestId('workflow')).toContainText(`Assigned to ${world.users.EDITOR.name}`);

  // The editor finds it under "my claims" and researches it.
  const editor = await pageAs(browser, world.users.EDITOR);
  await editor.goto('/desk/queue?status=NEW&mine=1');
  await editor.getByTestId('queue').getByRole('link', { name: claim.claimReviewed }).click();
  await editor.getByRole('button', { name: 'Start research' }).click();
  await expect(editor.getByTestId('workflow')).toContainText('Researching');
  const verdictForm = editor.getByTestId('verdict-form');
  await verdictForm.getByLabel('Rating').selectOption('HALF_TRUE');
  await verdictForm.getByLabel('Conclusion').fill('First draft conclusion.');
  await verdictForm.getByLabel('Rationale').fill('Draft reasoning.');
  await verdictForm.getByRole('button', { name: 'Save verdict' }).click();
  await expect(verdictForm.getByTestId('form-success')).toBeVisible();
  await editor.getByRole('button', { name: 'Send for review' }).click();
  await expect(editor.getByTestId('review')).toContainText('0 of 1 vote cast');

  // The chief rejects it with a comment: it goes back to research.
  await chief.reload();
  const vote = chief.getByTestId('vote-form');
  await vote.getByLabel('Your decision').selectOption('REJECT');
  await vote.getByRole('button', { name: 'Record vote' }).click();
  await expect(vote.getByTestId('error-comment')).toHaveText(
    'Say what needs fixing when you reject a verdict.',
  );
  await vote.getByLabel('Comment').fill('Cite the UN count.');
  await vote.getByRole('button', { name: 'Record vote' }).click();
  await expect(chief.getByTestId('review')).toContainText('rejected in review');
  await expect(chief.getByTestId('review')).toContainText('Cite the UN count.');

  // The editor fixes the verdict and sends it again; the chief approves and publishes.
  await editor.reload();
  await expect(editor.getByTestId('workflow')).toContainText('Researching');
  await verdictForm.getByLabel('Rating').selectOption('MOSTLY_FALSE');
  await verdictForm.getByLabel('Conclusion').fill('Counts are far lower than 5,000 a week.');
  await verdictForm.getByRole('button', { name: 'Save verdict' }).click();
  await expect(verdictForm.getByTestId('form-success')).toBeVisible();
  await editor.getByRole('button', { name: 'Send for review' }).click();
  await expect(editor.getByTestId('review')).toContainText('0 of 1 vote cast');
  await chief.reload();
  await vote.getByLabel('Your decision').selectOption('APPROVE');
  await vote.getByRole('button', { name: 'Record vote' }).click();
  await chief.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(chief.getByTestId('workflow')).toContainText('Published on');

  const reader = await browser.newPage();
  await reader.goto(`/claims/${claim.slug}`);
  await expect(reader.getByTestId('verdict-label')).toHaveText('Mostly false');
  expect(jsonLdBlocks(await reader.content())[0]).not.toHaveProperty('dateModified');

  // A correction: the editor changes the published rating, which needs a public note and a new review.
  await editor.reload();
  await verdictForm.getByLabel('Rating').selectOption('FALSE');
  await verdictForm.getByRole('button', { name: 'Save correction' }).click();
  await expect(verdictForm.getByTestId('error-correctionNote')).toContainText(
    'say what the correction changes',
  );
  await verdictForm.getByLabel('Correction note (public)').fill('New UN figures show far fewer deaths.');
  await verdictForm.getByRole('button', { name: 'Save correction' }).click();
  await expect(verdictForm.getByTestId('form-success')).toContainText('Correction saved');

  // Until the correction is approved and published, readers still see the old verdict.
  await reader.reload();
  await expect(reader.getByTestId('verdict-label')).toHaveText('Mostly false');

  await chief.reload();
  await vote.getByLabel('Your decision').selectOption('APPROVE');
  await vote.getByRole('button', { name: 'Record vote' }).click();
  await chief.getByRole('button', { name: 'Publish correction' }).click();
  // The claim was already published, so wait for the correction itself: its button goes away.
  await expect(chief.getByRole('button', { name: 'Publish correction' })).toHaveCount(0);

  // The stored page is revalidated on publish; a reader may get the old copy once while it re-renders.
  await expect
    .poll(
      async () => {
        await reader.reload();
        return reader.getByTestId('verdict-label').innerText();
      },
      { timeout: 20_000 },
    )
    .toBe('False');
  await expect(
    reader.getByText('Rating changed from Mostly false to False: New UN figures show far fewer deaths.'),
  ).toBeVisible();
  const [block] = jsonLdBlocks(await reader.content());
  expect(
    checkClaimReview(block, {
      pageUrl: `http://localhost:${process.env.E2E_PORT ?? 3107}/claims/${claim.slug}`,
      shownLabel: await reader.getByTestId('verdict-label').innerText(),
    }),
  ).toEqual([]);
  expect(block).toHaveProperty('dateModified');

  // The History tab shows every step with who did it and the rating change.
  await editor.getByRole('link', { name: 'History' }).click();
  const history = editor.getByTestId('history');
  await expect(history).toContainText(`${world.users.CHIEF.name} published a correction`);
  await expect(history).toContainText(`${world.users.EDITOR.name} saved a correction`);
  await expect(history).toContainText(`${world.users.CHIEF.name} changed the assignment`);
  const actions = (
    await db.auditEvent.findMany({ where: { entityId: claim.id }, orderBy: { createdAt: 'asc' } })
  ).map((e) => e.action);
  expect(actions).toEqual([
    'claim.assign',
    'claim.status',
    'verdict.save',
    'claim.status',
    'verdict.vote',
    'claim.status',
    'verdict.save',
    'claim.status',
    'verdict.vote',
    'claim.publish',
    'verdict.correct',
    'verdict.vote',
    'claim.correction.publish',
  ]);
});

test('a chief unpublishes with a reason; the page is gone for readers, and republishing another rating lists a correction', async ({
  browser,
  world,
  db,
}) => {
  const claim = world.claims[2];
  const author = world.users.EDITOR;
  await createPublishedVerdict(db, { claimId: claim.id, rating: 'TRUE', authorId: author.id });
  const { publishedAt: firstPublished } = await db.claim.findUniqueOrThrow({
    where: { id: claim.id },
    select: { publishedAt: true },
  });
  const reader = await browser.newPage();
  expect((await reader.goto(`/claims/${claim.slug}`))?.status()).toBe(200);

  const chief = await pageAs(browser, world.users.CHIEF);
  await chief.goto(`/desk/claims/${claim.id}`);
  const form = chief.getByTestId('unpublish-form');
  await form.getByRole('button', { name: 'Unpublish' }).click();
  await expect(form.getByTestId('error-reason')).toHaveText('Reason is required.');
  await form.getByLabel('Reason to unpublish').fill('Source retracted its figures.');
  await form.getByRole('button', { name: 'Unpublish' }).click();
  await expect(chief.getByTestId('workflow')).toContainText('Reason: Source retracted its figures.');
  expect((await reader.goto(`/claims/${claim.slug}`))?.status()).toBe(404);

  // Republishing another rating is a correction, exactly like editing a published verdict.
  const editor = await pageAs(browser, author);
  await editor.goto(`/desk/claims/${claim.id}`);
  const verdictForm = editor.getByTestId('verdict-form');
  await verdictForm.getByLabel('Rating').selectOption('FALSE');
  await verdictForm.getByLabel('Conclusion').fill('The retracted figures were the only support.');
  await verdictForm.getByRole('button', { name: 'Save verdict' }).click();
  await expect(verdictForm.getByTestId('error-correctionNote')).toContainText(
    'say what the correction changes',
  );
  await verdictForm
    .getByLabel('Correction note (public)')
    .fill('The source behind our first rating retracted its figures.');
  await verdictForm.getByRole('button', { name: 'Save verdict' }).click();
  await expect(verdictForm.getByTestId('form-success')).toContainText('Correction saved');
  await editor.getByRole('button', { name: 'Send for review' }).click();
  await expect(editor.getByTestId('review')).toContainText('0 of 1 vote cast');
  await chief.reload();
  await chief.getByTestId('vote-form').getByLabel('Your decision').selectOption('APPROVE');
  await chief.getByTestId('vote-form').getByRole('button', { name: 'Record vote' }).click();
  await chief.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(chief.getByTestId('workflow')).toContainText('Published on');

  const correction =
    'Rating changed from True to False: The source behind our first rating retracted its figures.';
  expect((await reader.goto(`/claims/${claim.slug}`))?.status()).toBe(200);
  await expect(reader.getByTestId('verdict-label')).toHaveText('False');
  await expect(reader.getByText(correction)).toBeVisible();
  const [block] = jsonLdBlocks(await reader.content());
  expect(block).toHaveProperty('dateModified');
  // The page keeps its first publication date; the correction dates the change.
  const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { publishedAt: true } });
  expect(stored.publishedAt).toEqual(firstPublished);
  await reader.goto('/corrections');
  await expect(reader.getByText(correction)).toBeVisible();
});
