import { randomUUID } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { AlreadySaved, claimIdempotencyKey, recordIdempotentEntity } from './idempotency-key';

const db = scriptClient();
afterAll(() => db.$disconnect());

it('tells a repeated post what the first copy started, at the same moment or later', async () => {
  const key = randomUUID();
  const start = (id: string) =>
    db.$transaction(async (tx) => {
      await claimIdempotencyKey(tx, key, 'report.export');
      // The first copy is still working when the second arrives: the second waits for it.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await recordIdempotentEntity(tx, key, id);
      return id;
    });
  const results = await Promise.allSettled([start('first-export'), start('second-export')]);
  const started = results.find((r) => r.status === 'fulfilled')?.value;
  const repeated = results.find((r) => r.status === 'rejected')?.reason;
  expect(repeated).toBeInstanceOf(AlreadySaved);
  expect(repeated.entityId).toBe(started);
  await expect(start('third-export')).rejects.toMatchObject({ entityId: started });
});

it('names nothing for a save that recorded nothing, or for a key sent to another action', async () => {
  const key = randomUUID();
  await db.$transaction((tx) => claimIdempotencyKey(tx, key, 'note.add'));
  await expect(db.$transaction((tx) => claimIdempotencyKey(tx, key, 'note.add'))).rejects.toMatchObject({
    entityId: null,
  });
  await expect(db.$transaction((tx) => claimIdempotencyKey(tx, key, 'report.export'))).rejects.toBeInstanceOf(
    AlreadySaved,
  );
});
