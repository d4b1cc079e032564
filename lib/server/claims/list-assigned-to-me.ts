import 'server-only';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { DESK_CLAIM_ROW, DESK_LIST_SIZE } from './desk-claim-row';

/** Open claims assigned to the reader, most recently changed first. */
export function listAssignedToMe(reader: ActingUser, take = DESK_LIST_SIZE) {
  return db.claim.findMany({
    where: { assigneeId: reader.id, status: { in: ['NEW', 'RESEARCHING', 'IN_REVIEW'] } },
    orderBy: { updatedAt: 'desc' },
    take,
    select: DESK_CLAIM_ROW,
  });
}
