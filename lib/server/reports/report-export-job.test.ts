import { afterAll, describe, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { createWorld } from '@/prisma/test-world';
import { openJobQueue } from '../jobs/job-queue';
import { runReportExport } from './run-report-export';

const db = scriptClient();
afterAll(() => db.$disconnect());

describe('background report exports', () => {
  it('builds the file with its progress, as the requester may see it', async () => {
    const world = await createWorld(db);
    const row = await db.reportExport.create({
      data: {
        requestedById: world.users.EDITOR.id,
        query: { format: 'csv', notes: '0', article: world.article.id },
      },
    });
    await runReportExport(row.id);
    const done = await db.reportExport.findUniqueOrThrow({ where: { id: row.id } });
    expect(done).toMatchObject({
      status: 'DONE',
      attempts: 1,
      total: world.claims.length,
      done: world.claims.length,
      contentType: expect.stringContaining('text/csv'),
    });
    expect(done.fileName).toMatch(
      new RegExp(`^claimdesk-report-${world.article.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    expect(Buffer.from(done.content!).toString('utf8')).toContain(world.claims[0].claimReviewed.slice(0, 30));
  }, 60_000);

  it('refuses internal notes to a viewer and says why, without retrying', async () => {
    const world = await createWorld(db);
    const row = await db.reportExport.create({
      data: {
        requestedById: world.users.VIEWER.id,
        query: { format: 'md', notes: '1', article: world.article.id },
      },
    });
    await runReportExport(row.id);
    expect(await db.reportExport.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'FAILED',
      error: expect.stringMatching(/note/i),
      content: null,
    });
  }, 60_000);

  it('gives a job whose worker died to another worker once it expires', async () => {
    const queue = `test-expiry-${Date.now()}`;
    const options = { expireInSeconds: 1, maintenanceIntervalSeconds: 1, queues: [queue] };
    const [dying, surviving] = await Promise.all([openJobQueue(options), openJobQueue(options)]);
    try {
      const id = await dying.send(queue, { n: 1 });
      // The first instance takes the job and is never heard from again.
      expect((await dying.fetch(queue))?.[0]?.id).toBe(id);
      await dying.stop({ graceful: false, wait: false });
      const retried = await new Promise<string>(
        (resolve) =>
          void surviving.work(queue, { pollingIntervalSeconds: 0.5 }, async ([job]) => resolve(job.id)),
      );
      expect(retried).toBe(id);
      expect((await surviving.getJobById(queue, id!))?.retryCount).toBeGreaterThanOrEqual(1);
    } finally {
      await surviving.stop({ graceful: false, wait: false });
    }
  }, 60_000);
});
