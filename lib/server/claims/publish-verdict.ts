import 'server-only';
import type { PublishInput } from '@/lib/validation/workflow';
import { RATINGS } from '@/lib/ratings';
import { reviewStage } from '@/lib/workflow/review-stage';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { applyPendingEdit } from './apply-pending-edit';
import { checkClaimVersion } from './check-claim-version';
import { newestVerdict } from './newest-verdict';

/** Publishes the claim's approved verdict (a claim is published by publishing a verdict); on an already published claim this is a correction and is listed publicly. */
export async function publishVerdict(user: ActingUser, { claimId, verdictId, version }: PublishInput) {
  assertAllowed(user, 'claim.publish');
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, include: { publishedVerdict: true, article: { select: { slug: true } } } });
    if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
    const verdict = await newestVerdict(tx, claimId);
    if (!verdict || verdict.id !== verdictId) throw new AppError('CONFLICT', 'A newer verdict was saved after you opened this page; it needs review first.');
    if (reviewStage(claim, verdict) !== 'APPROVED') throw new AppError('INVALID', 'Only an approved verdict can be published.');

    const now = new Date();
    const previous = claim.publishedVerdict;
    await checkClaimVersion(tx, claimId, version, { status: 'PUBLISHED', statusReason: null, publishedVerdictId: verdict.id, publishedAt: claim.publishedAt ?? now });
    const claimEdited = await applyPendingEdit(tx, user, claimId);
    if (previous) {
      const from = RATINGS[previous.rating].label;
      const to = RATINGS[verdict.rating].label;
      const what = from !== to ? `Rating changed from ${from} to ${to}` : claimEdited ? `Claim updated (rating still ${to})` : `Verdict updated (still ${to})`;
      await tx.correction.create({ data: { claimId, authorId: user.id, body: `${what}: ${verdict.correctionNote ?? ''}`.trim() } });
    }
    await writeAudit(tx, user, {
      action: previous ? 'claim.correction.publish' : 'claim.publish',
      entityType: 'Claim',
      entityId: claimId,
      before: { status: claim.status, rating: previous?.rating ?? null },
      after: { status: 'PUBLISHED', rating: verdict.rating, verdictId: verdict.id },
    });
    return { slug: claim.slug, articleSlug: claim.article.slug };
  });
}
