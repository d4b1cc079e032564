import 'server-only';
import type { Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/app-error';
import { findClaimForEdit } from './find-claim-for-edit';
import { isShownToReaders } from '@/lib/workflow/source-visibility';

/** A live source with its claim, and whether readers see it now (then it changes only through a correction). */
export async function findSourceForEdit(tx: Tx, sourceId: string, doing: string) {
  const source = await tx.source.findUnique({ where: { id: sourceId } });
  if (!source) throw new AppError('NOT_FOUND', 'No such source.');
  if (source.removedAt)
    throw new AppError(
      'CONFLICT',
      'Someone removed or edited this source while you were working; the page now shows the current sources.',
    );
  const claim = await findClaimForEdit(tx, source.claimId, doing);
  const published = claim.publishedVerdictId
    ? await tx.verdict.findUnique({ where: { id: claim.publishedVerdictId }, select: { approvedAt: true } })
    : null;
  const cited = claim.status === 'PUBLISHED' && isShownToReaders(source, published?.approvedAt ?? null);
  return { source, claim, cited };
}
