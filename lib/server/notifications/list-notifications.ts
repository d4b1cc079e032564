import 'server-only';
import { db } from '../db';
import type { ActingUser } from '../acting-user';

/** The reader's own notices, newest first; a notice is only ever read by the person it is for. */
export function listNotifications(reader: ActingUser, { take = 50 }: { take?: number } = {}) {
  return db.notification.findMany({
    where: { userId: reader.id },
    orderBy: { createdAt: 'desc' },
    take,
    select: {
      id: true,
      kind: true,
      comment: true,
      readAt: true,
      createdAt: true,
      actor: { select: { name: true } },
      claim: { select: { id: true, claimReviewed: true } },
    },
  });
}

export type DeskNotification = Awaited<ReturnType<typeof listNotifications>>[number];
