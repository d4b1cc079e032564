import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { EditClaimInput } from '@/lib/validation/claim';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/app-error';
import type { ActingUser } from '@/lib/server/acting-user';
import { assertAllowed } from '@/lib/server/access';
import { writeAudit } from '@/lib/server/audit';
import { findClaimForEdit } from './find-claim-for-edit';
import { checkClaimVersion } from './check-claim-version';
import { anchorSpan } from './anchor-span';
import { auditView, changedOnly } from './audit-view';
import { editColumnsOf, pendingEditOf, type ClaimEditColumns } from './claim-edit-columns';
import { findOrCreateSpeaker } from './find-or-create-speaker';
import { openCorrection } from './open-correction';

/**
 * Edits what the claim says, who said it, its kind, figure and span. Before publication the edit
 * applies at once. Once published, readers must not see an unreviewed change: the edit waits on
 * the claim and a correction goes to review; publishing that correction applies the edit.
 */
export async function editClaim(
  user: ActingUser,
  { claimId, version, correctionNote, ...input }: EditClaimInput,
) {
  assertAllowed(user, 'claim.edit');
  return db.$transaction(async (tx) => {
    const claim = await findClaimForEdit(tx, claimId, 'edit it');
    const article = await tx.article.findUniqueOrThrow({
      where: { id: claim.articleId },
      select: { id: true, text: true },
    });
    const span = await anchorSpan(tx, article, input, claim.id);
    const speaker = await findOrCreateSpeaker(tx, input.speaker);
    const next: ClaimEditColumns = {
      claimReviewed: input.claimReviewed,
      speakerId: speaker.id,
      kind: input.kind,
      quantityMin: input.quantityMin ?? null,
      quantityMax: input.quantityMax ?? null,
      quantityUnit: input.quantityUnit ?? null,
      quantityPeriod: input.quantityPeriod ?? null,
      ...span,
    };
    const published = claim.status === 'PUBLISHED';
    // The editor edits what is waiting, if anything is: compare with that, not with the public text.
    const current = (published && pendingEditOf(claim.pendingEdit)) || editColumnsOf(claim);
    const { before, after } = changedOnly(await auditView(tx, current), await auditView(tx, next));
    if (Object.keys(after).length === 0)
      throw new AppError('INVALID', 'Nothing changed: edit a field before saving.');

    if (published) {
      if (!correctionNote)
        throw new AppError(
          'INVALID',
          'This claim is published: say what the correction changes. Readers see the note with the date.',
          'correctionNote',
        );
      await checkClaimVersion(tx, claimId, version, { pendingEdit: next });
      await openCorrection(tx, user, claim, correctionNote);
    } else {
      await checkClaimVersion(tx, claimId, version, { ...next, pendingEdit: Prisma.DbNull });
    }
    await writeAudit(tx, user, {
      action: published ? 'claim.edit.correct' : 'claim.edit',
      entityType: 'Claim',
      entityId: claimId,
      before,
      after: published ? { ...after, correctionNote } : after,
    });
    return { published };
  });
}
