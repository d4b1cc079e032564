import 'server-only';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { DESK_CLAIM_ROW, DESK_LIST_SIZE } from './desk-claim-row';

/** Claims the reader wrote or is assigned to whose newest verdict was rejected, with the reviewers' comments. */
export async function listSentBackToMe(reader: ActingUser, take = DESK_LIST_SIZE) {
  const candidates = await db.claim.findMany({
    where: {
      status: { in: ['RESEARCHING', 'PUBLISHED'] },
      OR: [
        { assigneeId: reader.id },
        { verdicts: { some: { authorId: reader.id, rejectedAt: { not: null } } } },
      ],
      verdicts: { some: { rejectedAt: { not: null } } },
    },
    orderBy: { updatedAt: 'desc' },
    take: take * 2,
    select: {
      ...DESK_CLAIM_ROW,
      assigneeId: true,
      verdicts: {
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: {
          rejectedAt: true,
          authorId: true,
          votes: {
            where: { decision: 'REJECT' },
            select: { comment: true, voter: { select: { name: true } } },
          },
        },
      },
    },
  });
  return candidates
    .filter(
      ({ verdicts: [newest], assigneeId }) =>
        newest?.rejectedAt && (newest.authorId === reader.id || assigneeId === reader.id),
    )
    .slice(0, take)
    .map(({ verdicts: [newest], ...claim }) => ({
      ...claim,
      comments: newest.votes.map((v) => ({ by: v.voter.name, comment: v.comment })),
    }));
}
