import 'server-only';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';

const person = { select: { id: true, name: true } } as const;

export async function getClaimForDesk(_reader: ActingUser, claimId: string) {
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
      notes: { where: { removedAt: null }, orderBy: { createdAt: 'desc' }, include: { author: person } },
      corrections: { orderBy: { createdAt: 'desc' } },
    },
  });
  if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
  return claim;
}

export type DeskClaim = Awaited<ReturnType<typeof getClaimForDesk>>;
