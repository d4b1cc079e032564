import 'server-only';
import type { MarkNotificationsReadInput } from '@/lib/validation/notifications';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { writeAudit } from '../audit';
import { assertAllowed } from '../access';

/** Marks one of the user's own notices read, or all of them; someone else's notice is never touched. */
export async function markNotificationsRead(
  user: ActingUser,
  { notificationId }: MarkNotificationsReadInput,
) {
  assertAllowed(user, 'notification.read');
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: user.id, readAt: null, ...(notificationId ? { id: notificationId } : {}) },
      data: { readAt: new Date() },
    });
    await writeAudit(tx, user, {
      action: 'notification.read',
      entityType: 'User',
      entityId: user.id,
      after: { notificationId: notificationId ?? 'all', count },
    });
    return count;
  });
}
