'use server';

import { revalidatePath } from 'next/cache';
import { protectedAction } from '@/lib/server/actions/protected-action';
import { markNotificationsRead } from '@/lib/server/notifications/mark-notifications-read';
import { markNotificationsReadSchema } from '@/lib/validation/notifications';

// Any signed-in user may mark their own notices read; the data function only touches theirs.
export const markNotificationsReadAction = protectedAction(
  'notification.read',
  markNotificationsReadSchema,
  async (user, input) => {
    const count = await markNotificationsRead(user, input);
    revalidatePath('/desk', 'layout');
    return count === 0
      ? 'Nothing new to mark.'
      : input.notificationId
        ? 'Marked read.'
        : `Marked ${count} read.`;
  },
);
