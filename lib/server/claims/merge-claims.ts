import 'server-only';
import type { MergeClaimsInput } from '@/lib/validation/claim';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/app-error';
import type { ActingUser } from '@/lib/server/acting-user';
import { assertAllowed } from '@/lib/server/access';
import { writeAudit } from '@/lib/server/audit';
import { findClaimForEdit } from './find-claim-for-edit';
import { checkClaimVersion } from './check-claim-version';

/**
 * Folds duplicates into this claim: their sources and notes move here, they are archived pointing
 * to it (so they leave the work queues), and their own history stays readable from this claim's.
 */
export async function mergeClaims(user: ActingUser, { claimId, version, duplicateIds }: MergeClaimsInput) {
  assertAllowed(user, 'claim.merge');
  return db.$transaction(async (tx) => {
    const survivor = await findClaimForEdit(tx, claimId, 'merge duplicates into it');
    const ids = [...new Set(duplicateIds)].filter((id) => id !== claimId);
    const duplicates = await tx.claim.findMany({
      where: { id: { in: ids } },
      include: { _count: { select: { sources: { where: { removedAt: null } } } } },
    });
    if (duplicates.length !== ids.length || ids.length === 0)
      throw new AppError(
        'NOT_FOUND',
        'One of the chosen duplicates no longer exists; reload the page.',
        'duplicateIds',
      );
    for (const d of duplicates) {
      if (d.mergedIntoId)
        throw new AppError(
          'CONFLICT',
          `“${d.claimReviewed}” was already merged into another claim.`,
          'duplicateIds',
        );
      if (d.publishedVerdictId)
        throw new AppError(
          'INVALID',
          `“${d.claimReviewed}” has a public verdict; merge the other claims into it instead.`,
          'duplicateIds',
        );
    }
    // Moved sources keep their dates, so on a published claim they would reach readers without a correction.
    if (survivor.publishedVerdictId && duplicates.some((d) => d._count.sources > 0)) {
      throw new AppError(
        'INVALID',
        'This claim is published and the duplicates have sources: add those sources here through a correction, then merge.',
        'duplicateIds',
      );
    }

    await checkClaimVersion(tx, claimId, version);
    const moved = await tx.source.updateMany({ where: { claimId: { in: ids } }, data: { claimId } });
    const notes = await tx.note.updateMany({ where: { claimId: { in: ids } }, data: { claimId } });
    for (const d of duplicates) {
      await tx.claim.update({
        where: { id: d.id },
        data: {
          mergedIntoId: claimId,
          status: 'ARCHIVED',
          statusReason: `Merged into “${survivor.claimReviewed}”`,
          version: { increment: 1 },
        },
      });
      await writeAudit(tx, user, {
        action: 'claim.merge.into',
        entityType: 'Claim',
        entityId: d.id,
        before: { status: d.status },
        after: { status: 'ARCHIVED', mergedInto: survivor.claimReviewed },
      });
    }
    await writeAudit(tx, user, {
      action: 'claim.merge',
      entityType: 'Claim',
      entityId: claimId,
      after: {
        merged: duplicates.map((d) => d.claimReviewed).join(' · '),
        sourcesMoved: moved.count,
        notesMoved: notes.count,
      },
    });
    return { merged: duplicates.length };
  });
}
