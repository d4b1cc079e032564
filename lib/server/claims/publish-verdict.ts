import 'server-only';
import type { PublishInput } from '@/lib/validation/workflow';
import { correctionBody } from '@/lib/workflow/correction-body';
import { reviewStage } from '@/lib/workflow/review-stage';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { applyPendingEdit } from './apply-pending-edit';
import { checkClaimVersion } from './check-claim-version';
import { newestVerdict } from './newest-verdict';
import { changesWhatReadersSaw, readersLastSaw } from './readers-last-saw';
import { notify } from '../notifications/notify';

/**
 * Publishes the claim's approved verdict (a claim is published by publishing a verdict). On an
 * already published claim, or on a republished one whose rating or conclusion differs from what
 * readers saw last, this is a correction and is listed publicly.
 */
export async function publishVerdict(user: ActingUser, { claimId, verdictId, version }: PublishInput) {
  assertAllowed(user, 'claim.publish');
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      include: { article: { select: { slug: true } } },
    });
    if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
    const verdict = await newestVerdict(tx, claimId);
    if (!verdict || verdict.id !== verdictId)
      throw new AppError(
        'CONFLICT',
        'A newer verdict was saved after you opened this page; it needs review first.',
      );
    if (reviewStage(claim, verdict) !== 'APPROVED')
      throw new AppError('INVALID', 'Only an approved verdict can be published.');

    // A republish after an unpublish compares with what readers saw last, like an edit of a live verdict.
    const previous = await readersLastSaw(tx, claim);
    const replaced = previous && previous.id !== verdict.id ? previous : null;
    const differs = replaced !== null && changesWhatReadersSaw(replaced, verdict);
    if (differs && !verdict.correctionNote) {
      throw new AppError(
        'INVALID',
        'Readers saw another rating or conclusion: the verdict needs a correction note. Ask its author to save it again with one.',
      );
    }
    const correction =
      replaced && (claim.status === 'PUBLISHED' || differs || verdict.correctionNote) ? replaced : null;
    // publishedAt stays the first publication date; the correction dates the change (dateModified).
    await checkClaimVersion(tx, claimId, version, {
      status: 'PUBLISHED',
      statusReason: null,
      publishedVerdictId: verdict.id,
      lastPublishedVerdictId: verdict.id,
      publishedAt: claim.publishedAt ?? new Date(),
    });
    const claimEdited = await applyPendingEdit(tx, user, claimId);
    if (correction)
      await tx.correction.create({
        data: {
          claimId,
          authorId: user.id,
          body: correctionBody(correction.rating, verdict.rating, verdict.correctionNote, claimEdited),
        },
      });
    await writeAudit(tx, user, {
      action: correction ? 'claim.correction.publish' : 'claim.publish',
      entityType: 'Claim',
      entityId: claimId,
      before: { status: claim.status, rating: previous?.rating ?? null },
      after: { status: 'PUBLISHED', rating: verdict.rating, verdictId: verdict.id },
    });
    await notify(tx, user, { kind: 'PUBLISHED', claimId, userIds: [verdict.authorId, claim.assigneeId] });
    return { slug: claim.slug, articleSlug: claim.article.slug };
  });
}
