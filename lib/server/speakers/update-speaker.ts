import 'server-only';
import type { UpdateSpeakerInput } from '@/lib/validation/speaker';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/app-error';
import type { ActingUser } from '@/lib/server/acting-user';
import { assertAllowed } from '@/lib/server/access';
import { writeAudit } from '@/lib/server/audit';
import { changedOnly } from '@/lib/server/claims/audit-view';
import { publishedClaimsOf } from './published-claims-of';

/**
 * Name, job title and identity link (ClaimReview's author.sameAs). These describe the person, not
 * the verdict, so they apply to published pages at once; returns those pages to render again.
 */
export async function updateSpeaker(
  user: ActingUser,
  { speakerId, name, title, sameAs }: UpdateSpeakerInput,
) {
  assertAllowed(user, 'speaker.update');
  return db.$transaction(async (tx) => {
    const speaker = await tx.speaker.findUnique({ where: { id: speakerId } });
    if (!speaker) throw new AppError('NOT_FOUND', 'No such speaker.');
    const clash = await tx.speaker.findFirst({
      where: { name: { equals: name, mode: 'insensitive' }, id: { not: speakerId } },
    });
    if (clash)
      throw new AppError(
        'INVALID',
        `${clash.name} is already a speaker: merge the two instead of renaming.`,
        'name',
      );
    const next = { name, title: title ?? null, sameAs: sameAs ?? null };
    const { before, after } = changedOnly(
      { name: speaker.name, title: speaker.title, sameAs: speaker.sameAs },
      next,
    );
    if (Object.keys(after).length === 0)
      throw new AppError('INVALID', 'Nothing changed: edit a field before saving.');
    await tx.speaker.update({ where: { id: speakerId }, data: next });
    await writeAudit(tx, user, {
      action: 'speaker.update',
      entityType: 'Speaker',
      entityId: speakerId,
      before,
      after,
    });
    return publishedClaimsOf(tx, [speakerId]);
  });
}
