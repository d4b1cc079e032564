import 'server-only';
import { runReportExport } from '../reports/run-report-export';
import { jobQueue, REPORT_EXPORT_QUEUE } from './job-queue';

/** Called once per server process at start-up: this instance takes its share of queued jobs. */
export async function startWorkers() {
  const boss = await jobQueue();
  await boss.work<{ exportId: string }>(
    REPORT_EXPORT_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: 1 },
    async ([job]) => runReportExport(job.data.exportId),
  );
}
