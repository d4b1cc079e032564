import 'server-only';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/app-error';
import type { ActingUser } from '@/lib/server/acting-user';
import { editColumnsOf, pendingEditOf } from './claim-edit-columns';

/**
 * What the edit form starts from: on a published claim with an edit waiting for its correction,
 * that edit (so a second pass continues it); otherwise the claim as stored. Plus the article, the
 * other claims' spans and the known speakers.
 */
export async function getClaimEditForm(_reader: ActingUser, claimId: string) {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    include: { article: { select: { id: true, title: true, text: true } } },
  });
  if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
  const pending = claim.status === 'PUBLISHED' ? pendingEditOf(claim.pendingEdit) : null;
  const columns = pending ?? editColumnsOf(claim);
  const [speaker, others, speakers] = await Promise.all([
    db.speaker.findUniqueOrThrow({ where: { id: columns.speakerId }, select: { name: true } }),
    db.claim.findMany({
      where: { articleId: claim.articleId, id: { not: claimId }, mergedIntoId: null },
      select: { id: true, startOffset: true, endOffset: true, claimReviewed: true },
    }),
    db.speaker.findMany({ orderBy: { name: 'asc' }, select: { name: true } }),
  ]);
  return {
    claim,
    pending: pending !== null,
    values: { ...columns, speaker: speaker.name, start: columns.startOffset, end: columns.endOffset },
    others: others.map((o) => ({ id: o.id, start: o.startOffset, end: o.endOffset, label: o.claimReviewed })),
    speakers: speakers.map((s) => s.name),
  };
}
