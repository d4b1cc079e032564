import 'server-only';
import type { ReportQuery } from '@/lib/report/report-query';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { claimIdempotencyKey } from '../idempotency-key';
import { jobQueue } from '../jobs/job-queue';
import { REPORT_EXPORT_QUEUE } from '../jobs/queue-names';

/**
 * Records the export with its audit event, then queues it; any instance may build it. The same
 * form posted twice (a double click that beat the disabled button, a retried request) starts one.
 */
export async function startReportExport(
  user: ActingUser,
  { idempotencyKey, ...query }: ReportQuery & { idempotencyKey?: string },
) {
  assertAllowed(user, 'report.export');
  if (query.notes === '1') assertAllowed(user, 'note.export');
  const created = await db.$transaction(async (tx) => {
    await claimIdempotencyKey(tx, idempotencyKey, 'report.export');
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
    return row;
  });
  await (await jobQueue()).send(REPORT_EXPORT_QUEUE, { exportId: created.id });
  return created.id;
}
