import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { acting, createWorld, type World } from '@/prisma/test-world';
import { findPreviouslyChecked } from './find-previously-checked';

const db = scriptClient();
let w: World;

beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

describe('previously checked', () => {
  it('lists an earlier claim once the desk has worked on it, never one nobody has started', async () => {
    const word = `kestrel${randomUUID().slice(0, 8)}`;
    const [earlier, current] = [w.claims[4], w.claims[5]];
    await db.claim.update({
      where: { id: earlier.id },
      data: { status: 'NEW', claimReviewed: `The ${word} bridge carried 9,000 lorries a day` },
    });
    await db.claim.update({
      where: { id: current.id },
      data: { claimReviewed: `${word} bridge took 9,000 lorries a day, says mayor` },
    });
    const listed = async () =>
      (await findPreviouslyChecked(acting(w.users.EDITOR), current.id)).map((m) => m.id);

    expect(await listed()).not.toContain(earlier.id);
    await db.claim.update({ where: { id: earlier.id }, data: { status: 'RESEARCHING' } });
    expect(await listed()).toContain(earlier.id);
  });
});
