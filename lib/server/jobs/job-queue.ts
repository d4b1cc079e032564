import 'server-only';
import PgBoss from 'pg-boss';
import { env } from '@/lib/env';

export const REPORT_EXPORT_QUEUE = 'report-export';

// One queue per process: instrumentation and route bundles may each load this module.
const globalForQueue = globalThis as unknown as { claimdeskJobQueue?: Promise<PgBoss> };

/**
 * Background jobs in the same Postgres (pg-boss 10: its engines accept Node 20; 11+ ask for 22).
 * Every instance sends and works jobs, so any of them can finish a job another started. A job
 * whose instance dies stays active until JOB_EXPIRE_SECONDS, then pg-boss retries it elsewhere.
 */
export function jobQueue(): Promise<PgBoss> {
  return (globalForQueue.claimdeskJobQueue ??= (async () => {
    const boss = new PgBoss({ connectionString: env().DATABASE_URL, schema: 'pgboss', max: 3, maintenanceIntervalSeconds: 30 });
    boss.on('error', (error) => console.error('job queue:', error));
    await boss.start();
    await boss.createQueue(REPORT_EXPORT_QUEUE, { name: REPORT_EXPORT_QUEUE, retryLimit: 3, retryDelay: 2, expireInSeconds: Number(process.env.JOB_EXPIRE_SECONDS ?? 600) });
    return boss;
  })());
}
