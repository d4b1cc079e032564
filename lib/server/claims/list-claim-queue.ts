import 'server-only';
import { ClaimStatus } from '@/generated/prisma/enums';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { queueCountsSql } from './queue-counts-sql';

/**
 * The claim queue for one status (optionally only the reader's own claims), with counts per status.
 * Without a status it opens on the first one that has claims, so "My claims" never opens empty.
 */
export async function listClaimQueue(
  reader: ActingUser,
  { status: asked, mine }: { status?: ClaimStatus; mine: boolean },
) {
  const scope = mine ? { assigneeId: reader.id } : {};
  const grouped = await db.$queryRaw<{ status: ClaimStatus; count: number }[]>(
    queueCountsSql(mine ? reader.id : undefined),
  );
  const counts = Object.fromEntries(grouped.map((c) => [c.status, c.count])) as Partial<
    Record<ClaimStatus, number>
  >;
  const status = asked ?? Object.values(ClaimStatus).find((s) => counts[s]) ?? 'NEW';
  const claims = await db.claim.findMany({
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
  });
  return { claims, counts, status };
}
