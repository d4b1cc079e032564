import 'server-only';
import type { ReportQuery } from '@/lib/report/report-query';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { jobQueue } from '../jobs/job-queue';
import { REPORT_EXPORT_QUEUE } from '../jobs/queue-names';
import { startJobOnce } from '../jobs/start-job-once';

/** Records the export with its audit event, then queues it; any instance may build it. */
export async function startReportExport(
  user: ActingUser,
  { idempotencyKey, ...query }: ReportQuery & { idempotencyKey?: string },
) {
  assertAllowed(user, 'report.export');
  if (query.notes === '1') assertAllowed(user, 'note.export');
  return startJobOnce(
    { idempotencyKey, action: 'report.export' },
    async (tx) => {
      const row = await tx.reportExport.create({
        data: { requestedById: user.id, query },
        select: { id: true },
      });
      await writeAudit(tx, user, {
        action: 'report.export',
        entityType: 'ReportExport',
        entityId: row.id,
        after: query,
      });
      return row.id;
    },
    async (id, options) => (await jobQueue()).send(REPORT_EXPORT_QUEUE, { exportId: id }, options),
  );
}
