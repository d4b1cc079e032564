import 'server-only';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { jobsVisibleTo } from '../access';

const progress = {
  id: true,
  status: true,
  done: true,
  total: true,
  fileName: true,
  error: true,
  createdAt: true,
  finishedAt: true,
} as const;

/** Progress of one export, for its requester or a chief; anyone else is told it does not exist. */
export async function getReportExport(user: ActingUser, id: string) {
  const row = await db.reportExport.findFirst({
    where: { id, ...jobsVisibleTo(user) },
    select: progress,
  });
  if (!row) throw new AppError('NOT_FOUND', 'No such export.');
  return row;
}
