import 'server-only';
import type { CreateClaimInput } from '@/lib/validation/claim';
import { uniqueSlug } from '@/lib/slug';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/app-error';
import type { ActingUser } from '@/lib/server/acting-user';
import { assertAllowed } from '@/lib/server/access';
import { writeAudit } from '@/lib/server/audit';
import { anchorSpan } from './anchor-span';
import { auditView } from './audit-view';
import { findOrCreateSpeaker } from './find-or-create-speaker';

/** A claim the extractor missed, made from words the editor selected in the article. */
export async function createClaim(
  user: ActingUser,
  { articleId, score, start, end, speaker: speakerName, ...fields }: CreateClaimInput,
) {
  assertAllowed(user, 'claim.create');
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { id: true, text: true },
    });
    if (!article) throw new AppError('NOT_FOUND', 'No such article.');
    const span = await anchorSpan(tx, article, { start, end });
    const speaker = await findOrCreateSpeaker(tx, speakerName);
    const claim = await tx.claim.create({
      data: {
        articleId,
        speakerId: speaker.id,
        score,
        claimReviewed: fields.claimReviewed,
        kind: fields.kind,
        quantityMin: fields.quantityMin,
        quantityMax: fields.quantityMax,
        quantityUnit: fields.quantityUnit,
        quantityPeriod: fields.quantityPeriod,
        ...span,
        slug: uniqueSlug(fields.claimReviewed),
      },
    });
    await writeAudit(tx, user, {
      action: 'claim.create',
      entityType: 'Claim',
      entityId: claim.id,
      after: await auditView(tx, { ...claim }),
    });
    return claim;
  });
}
