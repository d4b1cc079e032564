import 'server-only';
import { db } from '../db';
import type { ActingUser } from '../acting-user';

/** The number on the bell. */
export function countUnreadNotifications(reader: ActingUser) {
  return db.notification.count({ where: { userId: reader.id, readAt: null } });
}
