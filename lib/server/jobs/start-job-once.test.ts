import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { openJobQueue } from './job-queue';
import { startJobOnce } from './start-job-once';

const db = scriptClient();
afterAll(() => db.$disconnect());

describe('starting a background job once', () => {
  it('a retry after the first send failed queues the job the first copy created, and creates nothing', async () => {
    const key = randomUUID();
    const created: string[] = [];
    const sent: { id: string; jobId: string }[] = [];
    const start = (failSend: boolean) =>
      startJobOnce(
        { idempotencyKey: key, action: 'report.export' },
        async () => {
          const id = `export-${created.length + 1}-${key}`;
          created.push(id);
          return id;
        },
        async (id, options) => {
          sent.push({ id, jobId: options.id });
          if (failSend) throw new Error('the job queue did not answer');
        },
      );
    await expect(start(true)).rejects.toThrow('did not answer');
    const id = await start(false);
    expect(created).toEqual([id]);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
  });

  it('the same job id sent twice is one job in the queue', async () => {
    const queue = `test-once-${Date.now()}`;
    const boss = await openJobQueue({ expireInSeconds: 60, maintenanceIntervalSeconds: 60, queues: [queue] });
    try {
      const id = randomUUID();
      expect(await boss.send(queue, { n: 1 }, { id })).toBe(id);
      expect(await boss.send(queue, { n: 2 }, { id })).toBeNull();
      const jobs = await boss.fetch(queue, { batchSize: 10 });
      expect(jobs?.map((j) => [j.id, j.data])).toEqual([[id, { n: 1 }]]);
    } finally {
      await boss.stop({ graceful: false, wait: false });
    }
  }, 60_000);
});
