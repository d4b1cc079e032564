import 'server-only';
import type { NotificationKind } from '@/generated/prisma/enums';
import type { Tx } from '../db';
import type { ActingUser } from '../acting-user';

/**
 * Written inside the transaction of the change it announces, so no notice exists for a change that
 * rolled back. Nobody is told about their own action, and each person gets one notice per event.
 */
export async function notify(
  tx: Tx,
  actor: ActingUser,
  event: {
    kind: NotificationKind;
    claimId: string;
    userIds: (string | null | undefined)[];
    comment?: string;
  },
) {
  const userIds = [...new Set(event.userIds.filter((id): id is string => !!id && id !== actor.id))];
  if (userIds.length === 0) return;
  await tx.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      kind: event.kind,
      claimId: event.claimId,
      actorId: actor.id,
      comment: event.comment || null,
    })),
  });
}

/** Chief editors and admins who may review a verdict: everyone active except its author. */
export async function reviewerIds(tx: Tx, authorId: string | undefined) {
  const reviewers = await tx.user.findMany({
    where: { disabled: false, role: { in: ['CHIEF', 'ADMIN'] }, id: { not: authorId } },
    select: { id: true },
  });
  return reviewers.map((r) => r.id);
}
