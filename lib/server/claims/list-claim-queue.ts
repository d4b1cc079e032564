import 'server-only';
import type { ClaimStatus } from '@/generated/prisma/enums';
import { db } from '../db';
import type { ActingUser } from '../acting-user';

/** The claim queue for one status (optionally only the reader's own claims), with counts per status. */
export async function listClaimQueue(reader: ActingUser, { status, mine }: { status: ClaimStatus; mine: boolean }) {
  const scope = mine ? { assigneeId: reader.id } : {};
  const [claims, counts] = await Promise.all([
    db.claim.findMany({
      where: { ...scope, status },
      orderBy: [{ score: 'desc' }, { updatedAt: 'desc' }],
      take: 200,
      select: {
        id: true,
        claimReviewed: true,
        kind: true,
        score: true,
        updatedAt: true,
        article: { select: { title: true } },
        speaker: { select: { name: true } },
        assignee: { select: { name: true } },
      },
    }),
    db.claim.groupBy({ by: ['status'], where: scope, _count: { _all: true } }),
  ]);
  return { claims, counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<ClaimStatus, number>> };
}
