import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rating } from '@/generated/prisma/enums';
import { scriptClient } from '@/prisma/client';
import { acting, createWorld, retireWorld, type World } from '@/prisma/test-world';
import { publishVerdict } from '../claims/publish-verdict';
import { saveVerdict } from '../claims/save-verdict';
import { unpublishClaim } from '../claims/unpublish-claim';
import { runClaimSearch } from './run-claim-search';

const db = scriptClient();
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(async () => {
  await retireWorld(db, w);
  await db.$disconnect();
});

const version = async (id: string) => (await db.claim.findUniqueOrThrow({ where: { id } })).version;
const approve = (verdictId: string) =>
  db.verdict.update({ where: { id: verdictId }, data: { approvedAt: new Date() } });

/** The world's claims a desk search filtered by this rating lists, as the search page asks. */
const listedAs = async (rating: Rating) => {
  const { claims } = await runClaimSearch(
    db,
    { text: '', filters: { rating, articleId: w.article.id }, sort: 'date' },
    { publicOnly: false, includeNotes: true },
  );
  return claims.map((c) => c.id);
};

describe('the rating filter', () => {
  it('follows what readers see through publish, unpublish and a corrected republish', async () => {
    const claim = w.claims[2];
    const editor = acting(w.users.EDITOR);
    const chief = acting(w.users.CHIEF);
    const first = await saveVerdict(editor, {
      claimId: claim.id,
      version: await version(claim.id),
      rating: 'MOSTLY_TRUE',
      conclusion: 'Mostly right.',
      rationale: 'Because.',
    });
    await approve(first.id);
    expect(await listedAs('MOSTLY_TRUE')).toEqual([]);

    await publishVerdict(chief, { claimId: claim.id, verdictId: first.id, version: await version(claim.id) });
    expect(await listedAs('MOSTLY_TRUE')).toEqual([claim.id]);

    await unpublishClaim(chief, {
      claimId: claim.id,
      version: await version(claim.id),
      reason: 'Rechecking.',
    });
    expect(await listedAs('MOSTLY_TRUE')).toEqual([]);

    const second = await saveVerdict(editor, {
      claimId: claim.id,
      version: await version(claim.id),
      rating: 'MISLEADING',
      conclusion: 'Misleading after all.',
      rationale: 'A fuller source.',
      correctionNote: 'A fuller source changed the rating.',
    });
    await approve(second.id);
    await publishVerdict(chief, {
      claimId: claim.id,
      verdictId: second.id,
      version: await version(claim.id),
    });
    expect(await listedAs('MISLEADING')).toEqual([claim.id]);
    expect(await listedAs('MOSTLY_TRUE')).toEqual([]);
  });
});
