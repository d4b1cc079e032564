import 'server-only';
import { runReportExport } from '../reports/run-report-export';
import { pruneIdempotencyKeys } from '../idempotency-key-pruning';
import { jobQueue, PRUNE_IDEMPOTENCY_KEYS_QUEUE, REPORT_EXPORT_QUEUE } from './job-queue';

/** Called once per server process at start-up: this instance takes its share of queued jobs. */
export async function startWorkers() {
  const boss = await jobQueue();
  await boss.work<{ exportId: string }>(
    REPORT_EXPORT_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: 1 },
    async ([job]) => runReportExport(job.data.exportId),
  );
  // pg-boss keeps one schedule per name across instances, so the hourly prune runs once, not per server.
  await boss.schedule(PRUNE_IDEMPOTENCY_KEYS_QUEUE, '17 * * * *');
  await boss.work(PRUNE_IDEMPOTENCY_KEYS_QUEUE, async () => {
    await pruneIdempotencyKeys();
  });
}
