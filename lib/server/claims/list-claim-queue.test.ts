import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { createQueueClaims } from '@/prisma/factories';
import { acting, createWorld, retireWorld, type World } from '@/prisma/test-world';
import { listClaimQueue } from './list-claim-queue';
import { QUEUE_PAGE_SIZE } from './queue-rows-sql';

const db = scriptClient();
const EXTRA = QUEUE_PAGE_SIZE + 7;
let w: World;
let ids: string[];
beforeAll(async () => {
  w = await createWorld(db);
  const [template] = w.claims;
  // Four scores only, all saved in one statement: most rows tie on score and time, so only the id
  // keeps the pages apart.
  await createQueueClaims(db, template, EXTRA, {
    status: 'RESEARCHING',
    assigneeId: w.users.EDITOR.id,
    claimReviewed: (i) => `${template.claimReviewed} (${i})`,
    score: (i) => (i % 4) / 4,
  });
  ids = (
    await db.claim.findMany({
      where: { assigneeId: w.users.EDITOR.id, status: 'RESEARCHING' },
      select: { id: true },
    })
  ).map((c) => c.id);
});
afterAll(async () => {
  await retireWorld(db, w);
  await db.$disconnect();
});

describe('the claim queue in pages', () => {
  it('shows every claim once across its pages, highest score first', async () => {
    const editor = acting(w.users.EDITOR);
    const first = await listClaimQueue(editor, { status: 'RESEARCHING', mine: true });
    expect(first.claims).toHaveLength(QUEUE_PAGE_SIZE);
    expect(first.continued).toBe(false);
    expect(first.next).toBeDefined();
    const second = await listClaimQueue(editor, { status: 'RESEARCHING', mine: true, after: first.next });
    expect(second.continued).toBe(true);
    expect(second.next).toBeUndefined();
    const seen = [...first.claims, ...second.claims];
    expect(seen.map((c) => c.id).sort()).toEqual([...ids].sort());
    const scores = seen.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(first.counts.RESEARCHING).toBe(EXTRA);
    expect([first.firstPosition, second.firstPosition]).toEqual([1, QUEUE_PAGE_SIZE + 1]);
  });

  it('opens the first page for a cursor someone edited by hand', async () => {
    const editor = acting(w.users.EDITOR);
    const page = await listClaimQueue(editor, { status: 'RESEARCHING', mine: true, after: 'not-a-cursor' });
    expect(page.continued).toBe(false);
    expect(page.firstPosition).toBe(1);
    expect(page.claims).toHaveLength(QUEUE_PAGE_SIZE);
  });
});
