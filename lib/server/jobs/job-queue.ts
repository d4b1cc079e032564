import 'server-only';
import PgBoss from 'pg-boss';
import { env } from '@/lib/env';

export const REPORT_EXPORT_QUEUE = 'report-export';
export const PRUNE_IDEMPOTENCY_KEYS_QUEUE = 'prune-idempotency-keys';
export const BULK_IMPORT_QUEUE = 'bulk-import';

type QueueSettings = { expireInSeconds: number; maintenanceIntervalSeconds: number; queues: string[] };

/**
 * Background jobs in the same Postgres (pg-boss 10: its engines accept Node 20; 11+ ask for 22).
 * Every instance sends and works jobs, so any of them can finish a job another started. A job
 * whose instance dies stays active until it expires, then pg-boss retries it on another.
 */
export async function openJobQueue({
  expireInSeconds,
  maintenanceIntervalSeconds,
  queues,
}: QueueSettings): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: env().DATABASE_URL,
    schema: 'pgboss',
    max: 3,
    maintenanceIntervalSeconds,
  });
  boss.on('error', (error) => console.error('job queue:', error));
  await boss.start();
  for (const name of queues) await ensureQueue(boss, { name, retryLimit: 3, retryDelay: 2, expireInSeconds });
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

// One queue per process: instrumentation and route bundles may each load this module.
const globalForQueue = globalThis as unknown as { claimdeskJobQueue?: Promise<PgBoss> };

export function jobQueue(): Promise<PgBoss> {
  return (globalForQueue.claimdeskJobQueue ??= openJobQueue({
    expireInSeconds: Number(process.env.JOB_EXPIRE_SECONDS ?? 600),
    maintenanceIntervalSeconds: 30,
    queues: [REPORT_EXPORT_QUEUE, PRUNE_IDEMPOTENCY_KEYS_QUEUE, BULK_IMPORT_QUEUE],
  }));
}
