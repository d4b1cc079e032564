import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { AlreadySaved } from '../idempotency-key';
import { createReaderSubmission, SUBMISSION_LIMIT } from './create-reader-submission';

const db = scriptClient();
afterAll(() => db.$disconnect());

const message = (text: string) => ({ kind: 'SUGGEST_CLAIM' as const, message: text });

describe('reader submissions', () => {
  it('stores a message with its audit event, and nothing when the honeypot is filled', async () => {
    const sender = { key: `k-${Date.now()}-a` };
    const stored = await createReaderSubmission(sender, message('Please check the unemployment figure'));
    expect(stored?.senderKey).toBe(sender.key);
    expect(await db.auditEvent.count({ where: { entityId: stored!.id, action: 'submission.create' } })).toBe(
      1,
    );
    expect(
      await createReaderSubmission(sender, {
        ...message('Buy watches now, great price'),
        website: 'http://spam.example',
      }),
    ).toBeNull();
    expect(await db.readerSubmission.count({ where: { senderKey: sender.key } })).toBe(1);
  });

  it('refuses a sender past the limit, even when the posts arrive at once', async () => {
    const sender = { key: `k-${Date.now()}-b` };
    const results = await Promise.allSettled(
      Array.from({ length: SUBMISSION_LIMIT.count + 3 }, (_, i) =>
        createReaderSubmission(sender, message(`Message number ${i} about a claim`)),
      ),
    );
    expect(await db.readerSubmission.count({ where: { senderKey: sender.key } })).toBe(
      SUBMISSION_LIMIT.count,
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(3);
    expect(refused.every((r) => /Please wait/.test(String(r.reason)))).toBe(true);
  });

  it('stores a double-clicked message once and counts it once against the limit', async () => {
    const sender = { key: `k-${Date.now()}-c` };
    const sent = { ...message('Is the bridge really closed every weekend?'), idempotencyKey: randomUUID() };
    const results = await Promise.allSettled([
      createReaderSubmission(sender, sent),
      createReaderSubmission(sender, sent),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')?.reason).toBeInstanceOf(AlreadySaved);
    expect(await db.readerSubmission.count({ where: { senderKey: sender.key } })).toBe(1);
  });
});

describe('reader submissions from many senders', () => {
  it('stop at the global cap, whatever the sender', async () => {
    const prefix = `k-${Date.now()}-flood-`;
    const stored = await db.readerSubmission.count({
      where: { createdAt: { gte: new Date(Date.now() - SUBMISSION_LIMIT.minutes * 60_000) } },
    });
    const toFill = Math.max(0, SUBMISSION_LIMIT.globalCount - stored);
    await db.readerSubmission.createMany({
      data: Array.from({ length: toFill }, (_, i) => ({
        ...message(`Filler ${i}`),
        senderKey: `${prefix}${i}`,
      })),
    });
    try {
      await expect(
        createReaderSubmission({ key: `${prefix}new` }, message('One more from a fresh address')),
      ).rejects.toThrow(/more messages than usual/);
    } finally {
      // Later suites (the e2e run) share this database inside the same ten minutes.
      await db.readerSubmission.deleteMany({ where: { senderKey: { startsWith: prefix } } });
    }
  });
});
