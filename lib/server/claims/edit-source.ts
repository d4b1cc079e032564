import 'server-only';
import type { EditSourceInput } from '@/lib/validation/source';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/app-error';
import type { ActingUser } from '@/lib/server/acting-user';
import { assertAllowed } from '@/lib/server/access';
import { writeAudit } from '@/lib/server/audit';
import { changedOnly } from './audit-view';
import { findSourceForEdit } from './find-source-for-edit';
import { openCorrection } from './open-correction';

const view = (s: {
  url: string;
  title: string;
  publisher: string;
  stance: string;
  figure: number | null;
  excerpt: string | null;
  archiveUrl: string | null;
  kind: string;
  publishedAt: Date | null;
}) => ({
  url: s.url,
  title: s.title,
  publisher: s.publisher,
  stance: s.stance,
  sourceKind: s.kind,
  figure: s.figure,
  excerpt: s.excerpt,
  archiveUrl: s.archiveUrl,
  publishedAt: s.publishedAt?.toISOString().slice(0, 10) ?? null,
});

/**
 * Fixes a source. One readers do not see yet changes in place. One the published verdict cites is
 * replaced by a new version: readers keep the old one until the correction (opened here) is published.
 */
export async function editSource(user: ActingUser, { sourceId, correctionNote, ...fields }: EditSourceInput) {
  assertAllowed(user, 'source.edit');
  return db.$transaction(async (tx) => {
    const { source, claim, cited } = await findSourceForEdit(tx, sourceId, 'edit its sources');
    // An emptied optional field clears the stored value.
    const data = {
      ...fields,
      excerpt: fields.excerpt ?? null,
      figure: fields.figure ?? null,
      archiveUrl: fields.archiveUrl ?? null,
      publishedAt: fields.publishedAt ?? null,
    };
    const { before, after } = changedOnly(view(source), view({ ...source, ...data }));
    if (Object.keys(after).length === 0)
      throw new AppError('INVALID', 'Nothing changed: edit a field before saving.');
    if (cited) {
      if (!correctionNote)
        throw new AppError(
          'INVALID',
          'Readers see this source: say what the correction changes. Readers see the note with the date.',
          'correctionNote',
        );
      await tx.source.update({ where: { id: sourceId }, data: { removedAt: new Date() } });
      await tx.source.create({
        data: {
          ...data,
          claimId: claim.id,
          addedById: source.addedById,
          accessedAt: source.accessedAt,
          replacesId: sourceId,
        },
      });
      await openCorrection(tx, user, claim, correctionNote);
    } else {
      await tx.source.update({ where: { id: sourceId }, data });
    }
    await writeAudit(tx, user, {
      action: cited ? 'source.edit.correct' : 'source.edit',
      entityType: 'Claim',
      entityId: claim.id,
      before: { sourceId, ...before },
      after: cited ? { ...after, correctionNote } : after,
    });
    return { claimId: claim.id };
  });
}
