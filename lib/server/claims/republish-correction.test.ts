import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { acting, createWorld, type World } from '@/prisma/test-world';
import { AppError } from '../app-error';
import { publishVerdict } from './publish-verdict';
import { saveVerdict } from './save-verdict';
import { unpublishClaim } from './unpublish-claim';

const db = scriptClient();
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const version = async (id: string) => (await db.claim.findUniqueOrThrow({ where: { id } })).version;
/** A chief's approval, as the review step records it. */
const approve = (verdictId: string) =>
  db.verdict.update({ where: { id: verdictId }, data: { approvedAt: new Date() } });

describe('republishing after an unpublish', () => {
  it('needs a correction note when the rating changes, lists the correction and keeps the first publication date', async () => {
    const claim = w.claims[3];
    const editor = acting(w.users.EDITOR);
    const chief = acting(w.users.CHIEF);
    const first = await saveVerdict(editor, {
      claimId: claim.id,
      version: await version(claim.id),
      rating: 'TRUE',
      conclusion: 'Right.',
      rationale: 'Because.',
    });
    await approve(first.id);
    await publishVerdict(chief, { claimId: claim.id, verdictId: first.id, version: await version(claim.id) });
    const { publishedAt } = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await unpublishClaim(chief, {
      claimId: claim.id,
      version: await version(claim.id),
      reason: 'Source retracted.',
    });

    const changed = {
      claimId: claim.id,
      rating: 'FALSE' as const,
      conclusion: 'Wrong after all.',
      rationale: 'The source retracted.',
    };
    await expect(saveVerdict(editor, { ...changed, version: await version(claim.id) })).rejects.toMatchObject(
      { code: 'INVALID', field: 'correctionNote' },
    );
    const second = await saveVerdict(editor, {
      ...changed,
      version: await version(claim.id),
      correctionNote: 'Our source retracted its figures.',
    });
    await approve(second.id);
    await publishVerdict(chief, {
      claimId: claim.id,
      verdictId: second.id,
      version: await version(claim.id),
    });

    const corrections = await db.correction.findMany({ where: { claimId: claim.id } });
    expect(corrections.map((c) => c.body)).toEqual([
      'Rating changed from True to False: Our source retracted its figures.',
    ]);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).publishedAt).toEqual(publishedAt);
    expect(
      await db.auditEvent.count({ where: { entityId: claim.id, action: 'claim.correction.publish' } }),
    ).toBe(1);
  });

  it('republishes the same verdict without a correction', async () => {
    const claim = w.claims[4];
    const chief = acting(w.users.CHIEF);
    const verdict = await saveVerdict(acting(w.users.EDITOR), {
      claimId: claim.id,
      version: await version(claim.id),
      rating: 'HALF_TRUE',
      conclusion: 'Partly.',
      rationale: 'Because.',
    });
    await approve(verdict.id);
    await publishVerdict(chief, {
      claimId: claim.id,
      verdictId: verdict.id,
      version: await version(claim.id),
    });
    await unpublishClaim(chief, {
      claimId: claim.id,
      version: await version(claim.id),
      reason: 'Checking a source.',
    });
    await publishVerdict(chief, {
      claimId: claim.id,
      verdictId: verdict.id,
      version: await version(claim.id),
    });
    expect(await db.correction.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it('refuses to publish a changed rating that has no correction note', async () => {
    const claim = w.claims[5];
    const chief = acting(w.users.CHIEF);
    const shown = await db.verdict.create({
      data: {
        claimId: claim.id,
        rating: 'TRUE',
        conclusion: 'Right.',
        rationale: 'r',
        authorId: w.users.EDITOR.id,
        approvedAt: new Date(),
      },
    });
    await db.claim.update({
      where: { id: claim.id },
      data: { status: 'RESEARCHING', lastPublishedVerdictId: shown.id, publishedAt: new Date() },
    });
    // Written before this rule existed: a different rating, approved, with no note.
    const silent = await db.verdict.create({
      data: {
        claimId: claim.id,
        rating: 'FALSE',
        conclusion: 'Wrong.',
        rationale: 'r',
        authorId: w.users.EDITOR.id,
        approvedAt: new Date(Date.now() + 1000),
        createdAt: new Date(Date.now() + 1000),
      },
    });
    const refused = publishVerdict(chief, {
      claimId: claim.id,
      verdictId: silent.id,
      version: await version(claim.id),
    });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toThrow('needs a correction note');
  });
});
