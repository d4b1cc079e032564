import 'server-only';
import type { CopyEarlierSourcesInput } from '@/lib/validation/claim-link';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { db } from '../db';
import { claimIdempotencyKey } from '../idempotency-key';
import { findClaimForEdit } from './find-claim-for-edit';
import { findSameClaimCheck } from './find-same-claim-check';

/**
 * Adds to a claim the sources readers see on the published verdict of an earlier claim the editor
 * marked as the same claim: the editor's explicit choice, recorded in history with where they came
 * from. A source whose address the claim already cites is not added twice.
 */
export async function copyEarlierSources(
  user: ActingUser,
  { claimId, earlierId, idempotencyKey }: CopyEarlierSourcesInput,
) {
  assertAllowed(user, 'source.copy');
  return db.$transaction(async (tx) => {
    await findClaimForEdit(tx, claimId, 'add sources');
    await claimIdempotencyKey(tx, idempotencyKey, 'source.copy');
    const check = await findSameClaimCheck(tx, claimId, earlierId);
    if (!check)
      throw new AppError(
        'INVALID',
        'Only a published earlier check marked as the same claim lends its sources.',
      );
    const cited = new Set(
      (await tx.source.findMany({ where: { claimId, removedAt: null }, select: { url: true } })).map(
        (s) => s.url,
      ),
    );
    const copies = check.sources.filter((s) => !cited.has(s.url));
    if (copies.length === 0)
      throw new AppError('INVALID', 'This claim already cites every source of the earlier check.');
    await tx.source.createMany({
      data: copies.map((s) => ({
        claimId,
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        publishedAt: s.publishedAt,
        archiveUrl: s.archiveUrl,
        kind: s.kind,
        stance: s.stance,
        excerpt: s.excerpt,
        figure: s.figure,
        addedById: user.id,
      })),
    });
    await writeAudit(tx, user, {
      action: 'source.copy',
      entityType: 'Claim',
      entityId: claimId,
      after: { copiedFrom: check.claimReviewed, sources: copies.map((s) => s.title).join('; ') },
    });
    return copies.length;
  });
}
