import 'server-only';
import type { UnpublishInput } from '@/lib/validation/workflow';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { checkClaimVersion } from './check-claim-version';

export async function unpublishClaim(user: ActingUser, { claimId, version, reason }: UnpublishInput) {
  assertAllowed(user, 'claim.unpublish');
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      include: { article: { select: { slug: true } } },
    });
    if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
    if (claim.status !== 'PUBLISHED')
      throw new AppError('INVALID', 'Only a published claim can be unpublished.');
    await checkClaimVersion(tx, claimId, version, {
      status: 'RESEARCHING',
      statusReason: reason,
      publishedVerdictId: null,
      lastPublishedVerdictId: claim.publishedVerdictId,
    });
    await writeAudit(tx, user, {
      action: 'claim.unpublish',
      entityType: 'Claim',
      entityId: claimId,
      before: { status: 'PUBLISHED' },
      after: { status: 'RESEARCHING', reason },
    });
    return { slug: claim.slug, articleSlug: claim.article.slug };
  });
}
