import 'server-only';
import type { RemoveSourceInput } from '@/lib/validation/source';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/app-error';
import type { ActingUser } from '@/lib/server/acting-user';
import { assertAllowed } from '@/lib/server/access';
import { writeAudit } from '@/lib/server/audit';
import { findSourceForEdit } from './find-source-for-edit';
import { openCorrection } from './open-correction';

/** A soft delete: the row and its history stay; readers stop seeing it once a verdict approved after this is published. */
export async function removeSource(user: ActingUser, { sourceId, correctionNote }: RemoveSourceInput) {
  assertAllowed(user, 'source.remove');
  return db.$transaction(async (tx) => {
    const { source, claim, cited } = await findSourceForEdit(tx, sourceId, 'remove its sources');
    if (cited && !correctionNote)
      throw new AppError(
        'INVALID',
        'Readers see this source: say what the correction changes. Readers see the note with the date.',
        'correctionNote',
      );
    await tx.source.update({ where: { id: sourceId }, data: { removedAt: new Date() } });
    if (cited) await openCorrection(tx, user, claim, correctionNote!);
    await writeAudit(tx, user, {
      action: cited ? 'source.remove.correct' : 'source.remove',
      entityType: 'Claim',
      entityId: claim.id,
      before: { sourceId, title: source.title, url: source.url, figure: source.figure },
      after: cited ? { correctionNote } : undefined,
    });
    return { claimId: claim.id };
  });
}
