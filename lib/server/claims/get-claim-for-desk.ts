import 'server-only';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { seesNotes } from '../access';

const person = { select: { id: true, name: true } } as const;

/** Everything the desk claim page shows; internal notes only for roles that may read them. */
export async function getClaimForDesk(reader: ActingUser, claimId: string) {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    include: {
      article: { select: { id: true, title: true, outlet: true, text: true } },
      speaker: true,
      assignee: person,
      sources: { orderBy: { createdAt: 'asc' }, include: { addedBy: person } },
      mergedInto: { select: { id: true, claimReviewed: true } },
      verdicts: {
        orderBy: { createdAt: 'desc' },
        include: { author: person, votes: { orderBy: { createdAt: 'asc' }, include: { voter: person } } },
      },
      // take: 0 rather than a conditional include keeps one result type for every role.
      notes: {
        where: { removedAt: null },
        take: seesNotes(reader) ? undefined : 0,
        orderBy: { createdAt: 'desc' },
        include: { author: person },
      },
      corrections: { orderBy: { createdAt: 'desc' } },
    },
  });
  if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
  return claim;
}

export type DeskClaim = Awaited<ReturnType<typeof getClaimForDesk>>;
