import 'server-only';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { jobsVisibleTo } from '../access';

/** Progress of one bulk import with its saved articles, for its requester or a chief; anyone else is told it does not exist. */
export async function getBulkImport(user: ActingUser, id: string) {
  const row = await db.bulkImport.findFirst({
    where: { id, ...jobsVisibleTo(user) },
    select: {
      id: true,
      status: true,
      done: true,
      total: true,
      error: true,
      outlet: true,
      items: {
        orderBy: { position: 'asc' },
        select: { title: true, claims: true, needSpeaker: true, articleId: true },
      },
    },
  });
  if (!row) throw new AppError('NOT_FOUND', 'No such import.');
  return row;
}
