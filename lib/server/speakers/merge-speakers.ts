import 'server-only';
import type { MergeSpeakersInput } from '@/lib/validation/speaker';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/app-error';
import type { ActingUser } from '@/lib/server/acting-user';
import { assertAllowed } from '@/lib/server/access';
import { writeAudit } from '@/lib/server/audit';
import { publishedClaimsOf } from './published-claims-of';

/**
 * Two entries for one person (an import wrote "Putin" and "Vladimir Putin"): the duplicate's claims
 * move to the speaker kept, who also takes any job title or link it lacked; the duplicate is deleted,
 * its details kept in the audit event. Chiefs only: published pages change at once.
 */
export async function mergeSpeakers(user: ActingUser, { survivorId, duplicateId }: MergeSpeakersInput) {
  assertAllowed(user, 'speaker.merge');
  return db.$transaction(async (tx) => {
    const [survivor, duplicate] = await Promise.all([
      tx.speaker.findUnique({ where: { id: survivorId } }),
      tx.speaker.findUnique({ where: { id: duplicateId } }),
    ]);
    if (!survivor || !duplicate)
      throw new AppError(
        'NOT_FOUND',
        'One of these speakers no longer exists; reload the page.',
        'duplicateId',
      );
    const pages = await publishedClaimsOf(tx, [survivorId, duplicateId]);
    const moved = await tx.claim.updateMany({
      where: { speakerId: duplicateId },
      data: { speakerId: survivorId },
    });
    // An edit waiting for its correction may name the duplicate; it must name the survivor when applied.
    await tx.$executeRaw`UPDATE "Claim" SET "pendingEdit" = jsonb_set("pendingEdit", '{speakerId}', to_jsonb(${survivorId}::text)) WHERE "pendingEdit"->>'speakerId' = ${duplicateId}`;
    await tx.speaker.delete({ where: { id: duplicateId } });
    await tx.speaker.update({
      where: { id: survivorId },
      data: { title: survivor.title ?? duplicate.title, sameAs: survivor.sameAs ?? duplicate.sameAs },
    });
    await writeAudit(tx, user, {
      action: 'speaker.merge',
      entityType: 'Speaker',
      entityId: survivorId,
      before: { duplicate: duplicate.name, title: duplicate.title, sameAs: duplicate.sameAs },
      after: { mergedInto: survivor.name, claimsMoved: moved.count },
    });
    return pages;
  });
}
