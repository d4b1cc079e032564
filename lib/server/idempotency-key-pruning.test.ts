import { randomUUID } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { IDEMPOTENCY_KEY_LIFETIME_MS, pruneIdempotencyKeys } from './idempotency-key-pruning';

const db = scriptClient();
afterAll(() => db.$disconnect());

it('forgets keys older than a day and keeps the ones a resubmitted form may still send', async () => {
  const now = new Date();
  const [old, fresh] = [randomUUID(), randomUUID()];
  await db.idempotencyKey.createMany({
    data: [
      {
        key: old,
        action: 'note.add',
        createdAt: new Date(now.getTime() - IDEMPOTENCY_KEY_LIFETIME_MS - 60_000),
      },
      { key: fresh, action: 'note.add', createdAt: new Date(now.getTime() - 60_000) },
    ],
  });
  expect(await pruneIdempotencyKeys(now)).toBeGreaterThanOrEqual(1);
  const left = await db.idempotencyKey.findMany({ where: { key: { in: [old, fresh] } } });
  expect(left.map((k) => k.key)).toEqual([fresh]);
});
