import 'server-only';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { jobsVisibleTo } from '../access';

/** The finished file of one export, under the same rule as its progress. */
export async function getReportExportFile(user: ActingUser, id: string) {
  const row = await db.reportExport.findFirst({
    where: { id, status: 'DONE', ...jobsVisibleTo(user) },
    select: { content: true, fileName: true, contentType: true, total: true },
  });
  if (!row?.content) throw new AppError('NOT_FOUND', 'No finished export with that id.');
  return { content: row.content, fileName: row.fileName!, contentType: row.contentType!, total: row.total };
}
