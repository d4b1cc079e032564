import 'server-only';
import { db } from '../db';

/**
 * Sign-out: bumps the user's session epoch, which voids every token issued before, on every device.
 * Only a token of the current epoch can do this, so replaying an old cookie changes nothing.
 */
export async function endSessions(userId: string, epoch: number) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, sessionEpoch: epoch },
      data: { sessionEpoch: { increment: 1 } },
    });
    if (count)
      await tx.auditEvent.create({
        data: { actorId: userId, action: 'user.sign-out', entityType: 'User', entityId: userId },
      });
  });
}
