import 'server-only';
import PgBoss from 'pg-boss';
import { env } from '@/lib/env';
import { openOnce } from '../runtime/open-once';
import { BULK_IMPORT_QUEUE, PRUNE_IDEMPOTENCY_KEYS_QUEUE, REPORT_EXPORT_QUEUE } from './queue-names';
import { workJobs } from './work-jobs';

type QueueSettings = {
  expireInSeconds: number;
  maintenanceIntervalSeconds: number;
  queues: string[];
  /** Registers this instance's workers once the queues exist. */
  work?: (boss: PgBoss) => Promise<void>;
};

/**
 * Background jobs in the same Postgres (pg-boss 10: its engines accept Node 20; 11+ ask for 22).
 * Every instance sends and works jobs, so any of them can finish a job another started. A job
 * whose instance dies stays active until it expires, then pg-boss retries it on another.
 */
export async function openJobQueue({
  expireInSeconds,
  maintenanceIntervalSeconds,
  queues,
  work,
}: QueueSettings): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: env().DATABASE_URL,
    schema: 'pgboss',
    max: 3,
    maintenanceIntervalSeconds,
  });
  boss.on('error', (error) => console.error('job queue:', error));
  await boss.start();
  try {
    for (const name of queues)
      await ensureQueue(boss, { name, retryLimit: 3, retryDelay: 2, expireInSeconds });
    await work?.(boss);
  } catch (error) {
    // A queue that failed halfway is opened afresh by the next caller: this one must not keep polling.
    await boss.stop({ graceful: false }).catch(() => {});
    throw error;
  }
  return boss;
}

/** Instances starting together race to create the same queue (Postgres reports a deadlock): the loser looks again. */
async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue) {
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, queue);
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
    }
  }
}

/**
 * This process's queue, working its share of the jobs from the moment it opens. instrumentation.ts
 * opens it at start-up; if the database was down then, the next export or import opens it.
 */
export const jobQueue = openOnce('job-queue', () =>
  openJobQueue({
    expireInSeconds: Number(process.env.JOB_EXPIRE_SECONDS ?? 600),
    maintenanceIntervalSeconds: 30,
    queues: [REPORT_EXPORT_QUEUE, PRUNE_IDEMPOTENCY_KEYS_QUEUE, BULK_IMPORT_QUEUE],
    work: workJobs,
  }),
);
