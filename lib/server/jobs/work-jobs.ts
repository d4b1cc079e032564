import 'server-only';
import { runBulkImport } from '../articles/run-bulk-import';
import { runReportExport } from '../reports/run-report-export';
import { pruneIdempotencyKeys } from '../idempotency-key-pruning';
import type PgBoss from 'pg-boss';
import { BULK_IMPORT_QUEUE, PRUNE_IDEMPOTENCY_KEYS_QUEUE, REPORT_EXPORT_QUEUE } from './queue-names';

/** Called once per server process, when its queue opens: this instance takes its share of queued jobs. */
export async function workJobs(boss: PgBoss) {
  await boss.work<{ exportId: string }>(
    REPORT_EXPORT_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: 1 },
    async ([job]) => runReportExport(job.data.exportId),
  );
  await boss.work<{ bulkImportId: string }>(
    BULK_IMPORT_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: 1 },
    async ([job]) => runBulkImport(job.data.bulkImportId),
  );
  // pg-boss keeps one schedule per name across instances, so the hourly prune runs once, not per server.
  await boss.schedule(PRUNE_IDEMPOTENCY_KEYS_QUEUE, '17 * * * *');
  await boss.work(PRUNE_IDEMPOTENCY_KEYS_QUEUE, async () => {
    await pruneIdempotencyKeys();
  });
}
