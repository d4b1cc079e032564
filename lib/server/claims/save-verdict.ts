import 'server-only';
import type { SaveVerdictInput } from '@/lib/validation/verdict';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { findClaimForEdit } from './find-claim-for-edit';
import { checkClaimVersion } from './check-claim-version';
import { newestVerdict } from './newest-verdict';
import { changesWhatReadersSaw, readersLastSaw } from './readers-last-saw';
import { notify, reviewerIds } from '../notifications/notify';

/**
 * Each save is a new verdict row, so the rating history is never lost. A new verdict during review
 * sends the claim back to research (the votes were for the old one); on a published claim it is a
 * correction and must say what changed, and so is a new rating or conclusion on a claim that was
 * published and then unpublished.
 */
export async function saveVerdict(
  user: ActingUser,
  { claimId, version, correctionNote, ...fields }: SaveVerdictInput,
) {
  assertAllowed(user, 'verdict.save');
  return db.$transaction(async (tx) => {
    const claim = await findClaimForEdit(tx, claimId, 'change its verdict');
    const published = claim.status === 'PUBLISHED';
    if (published && !correctionNote)
      throw new AppError(
        'INVALID',
        'This verdict is published: say what the correction changes in the correction note.',
        'correctionNote',
      );
    const seen = await readersLastSaw(tx, claim);
    if (seen && changesWhatReadersSaw(seen, fields) && !correctionNote) {
      throw new AppError(
        'INVALID',
        'Readers saw another rating or conclusion before this claim was unpublished: say what the correction changes in the correction note.',
        'correctionNote',
      );
    }
    const previous = await newestVerdict(tx, claimId);
    const status = claim.status === 'NEW' || claim.status === 'IN_REVIEW' ? 'RESEARCHING' : claim.status;
    await checkClaimVersion(tx, claimId, version, { status });
    const verdict = await tx.verdict.create({
      data: {
        ...fields,
        correctionNote: published || seen ? correctionNote : null,
        claimId,
        authorId: user.id,
      },
    });
    await writeAudit(tx, user, {
      action: published ? 'verdict.correct' : 'verdict.save',
      entityType: 'Claim',
      entityId: claimId,
      before: previous
        ? {
            rating: previous.rating,
            conclusion: previous.conclusion,
            rationale: previous.rationale,
            status: claim.status,
          }
        : { status: claim.status },
      after: {
        rating: verdict.rating,
        conclusion: verdict.conclusion,
        rationale: verdict.rationale,
        status,
        ...(published || seen ? { correctionNote } : {}),
      },
    });
    // A correction is open for votes as soon as it is saved.
    if (published)
      await notify(tx, user, { kind: 'REVIEW_REQUESTED', claimId, userIds: await reviewerIds(tx, user.id) });
    return verdict;
  });
}
