import 'server-only';
import { ClaimStatus } from '@/generated/prisma/enums';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { queueCountsSql } from './queue-counts-sql';
import { queueRowsSql, type QueueRow } from './queue-rows-sql';

/**
 * The claim queue for one status (optionally only the reader's own claims), with counts per status.
 * Without a status it opens on the first one that has claims, so "My claims" never opens empty.
 */
export async function listClaimQueue(
  reader: ActingUser,
  { status: asked, mine }: { status?: ClaimStatus; mine: boolean },
) {
  const assigneeId = mine ? reader.id : undefined;
  const readRows = (status: ClaimStatus) => db.$queryRaw<QueueRow[]>(queueRowsSql(status, assigneeId));
  // A named status needs no counts to choose it: both reads go out at once.
  const [grouped, askedRows] = await Promise.all([
    db.$queryRaw<{ status: ClaimStatus; count: number }[]>(queueCountsSql(assigneeId)),
    asked && readRows(asked),
  ]);
  const counts = Object.fromEntries(grouped.map((c) => [c.status, c.count])) as Partial<
    Record<ClaimStatus, number>
  >;
  const status = asked ?? Object.values(ClaimStatus).find((s) => counts[s]) ?? 'NEW';
  const claims = askedRows || (await readRows(status));
  return { claims, counts, status };
}
