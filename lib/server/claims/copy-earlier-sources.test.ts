import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { createPublishedVerdict } from '@/prisma/factories';
import { acting, createWorld, type World } from '@/prisma/test-world';
import { AppError } from '../app-error';
import { copyEarlierSources } from './copy-earlier-sources';
import { getClaimHistory } from './get-claim-history';
import { linkClaims } from './link-claims';

const db = scriptClient();
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const source = (claimId: string, n: number, createdAt: Date) => ({
  claimId,
  url: `https://stats.example/report-${n}`,
  title: `Weekly report ${n}`,
  publisher: 'Statistics office',
  stance: 'CONTRADICTS' as const,
  addedById: w.users.EDITOR.id,
  createdAt,
});

describe('adding the sources of an earlier check of the same claim', () => {
  it('adds what readers see on the earlier verdict once, and records where they came from', async () => {
    const [later, earlier] = [w.claims[0], w.claims[1]];
    const beforeApproval = new Date(Date.now() - 60_000);
    await db.source.createMany({
      data: [
        source(earlier.id, 1, beforeApproval),
        { ...source(earlier.id, 2, beforeApproval), removedAt: new Date(Date.now() - 30_000) },
      ],
    });
    // Published under words of its own: the end-to-end specs check that their unpublished copy of
    // the article's wording is nowhere public, and they share this database.
    await createPublishedVerdict(db, {
      claimId: earlier.id,
      authorId: w.users.CHIEF.id,
      claim: { claimReviewed: 'The depot shipped 40 crates a week' },
    });
    await db.source.create({ data: source(earlier.id, 3, new Date()) });
    const editor = acting(w.users.EDITOR);
    const input = { claimId: later.id, earlierId: earlier.id };

    await expect(copyEarlierSources(editor, input)).rejects.toThrow(/marked as the same claim/);
    await linkClaims(editor, { ...input, kind: 'SAME_CLAIM' });
    expect(await copyEarlierSources(editor, input)).toBe(1);
    const copied = await db.source.findMany({ where: { claimId: later.id } });
    expect(copied.map((s) => [s.title, s.addedById])).toEqual([['Weekly report 1', w.users.EDITOR.id]]);

    const again = await copyEarlierSources(editor, input).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(AppError);
    expect(String(again)).toMatch(/already cites every source/);
    expect(await db.source.count({ where: { claimId: later.id } })).toBe(1);

    const { events } = await getClaimHistory(editor, later.id);
    expect(events.find((e) => e.action === 'source.copy')?.after).toEqual({
      copiedFrom: 'The depot shipped 40 crates a week',
      sources: 'Weekly report 1',
    });
  });

  it('refuses a viewer and stores nothing', async () => {
    const [later, earlier] = [w.claims[2], w.claims[3]];
    await linkClaims(acting(w.users.EDITOR), {
      claimId: later.id,
      earlierId: earlier.id,
      kind: 'SAME_CLAIM',
    });
    const refused = await copyEarlierSources(acting(w.users.VIEWER), {
      claimId: later.id,
      earlierId: earlier.id,
    }).catch((e: unknown) => e);
    expect((refused as AppError).code).toBe('FORBIDDEN');
    expect(await db.source.count({ where: { claimId: later.id } })).toBe(0);
  });
});
