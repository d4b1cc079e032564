import 'server-only';
import { hasRole } from '@/lib/roles';
import { reviewStage } from '@/lib/workflow/review-stage';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { DESK_CLAIM_ROW, DESK_LIST_SIZE } from './desk-claim-row';

/**
 * Verdicts (and corrections) open for votes that the reader may still vote on: not written by them
 * and not yet voted on by them. Review state is derived from the newest verdict, so the filter on
 * the newest one happens here rather than in SQL.
 */
export async function listWaitingForMyReview(reader: ActingUser, take = DESK_LIST_SIZE) {
  if (!hasRole(reader.role, 'CHIEF')) return [];
  const candidates = await db.claim.findMany({
    where: {
      status: { in: ['IN_REVIEW', 'PUBLISHED'] },
      verdicts: { some: { approvedAt: null, rejectedAt: null, authorId: { not: reader.id } } },
    },
    orderBy: { updatedAt: 'desc' },
    take: take * 2,
    select: {
      ...DESK_CLAIM_ROW,
      publishedVerdictId: true,
      verdicts: {
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: {
          id: true,
          approvedAt: true,
          rejectedAt: true,
          authorId: true,
          author: { select: { name: true } },
          votes: { select: { voterId: true } },
        },
      },
    },
  });
  return candidates
    .filter(
      ({ verdicts: [newest], ...claim }) =>
        reviewStage(claim, newest) === 'IN_REVIEW' &&
        newest.authorId !== reader.id &&
        !newest.votes.some((v) => v.voterId === reader.id),
    )
    .slice(0, take)
    .map(({ verdicts: [newest], publishedVerdictId, ...claim }) => ({
      ...claim,
      correction: publishedVerdictId !== null,
      author: newest.author.name,
    }));
}
