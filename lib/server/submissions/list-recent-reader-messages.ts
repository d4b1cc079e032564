import 'server-only';
import { can } from '@/lib/access-rules';
import { db } from '../db';
import type { ActingUser } from '../acting-user';

/** How many new reader messages the desk home shows. */
export const RECENT_MESSAGES = 5;

/** The newest untriaged reader messages, for the desk home. */
export function listRecentReaderMessages(reader: ActingUser, take = RECENT_MESSAGES) {
  if (!can(reader.role, 'submission.read')) return Promise.resolve([]);
  return db.readerSubmission.findMany({
    where: { status: 'NEW' },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, kind: true, message: true, createdAt: true },
  });
}
