import 'server-only';
import { ClaimStatus } from '@/generated/prisma/enums';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { queueCountsSql } from './queue-counts-sql';
import { decodeQueueCursor, encodeQueueCursor } from './queue-cursor';
import { QUEUE_PAGE_SIZE, queueRowsSql, type QueueRow } from './queue-rows-sql';

/**
 * One page of the claim queue for one status (optionally only the reader's own claims), with counts
 * per status and the cursor of the next page when there is one. Without a status it opens on the
 * first one that has claims, so "My claims" never opens empty.
 */
export async function listClaimQueue(
  reader: ActingUser,
  { status: asked, mine, after }: { status?: ClaimStatus; mine: boolean; after?: string },
) {
  const assigneeId = mine ? reader.id : undefined;
  const cursor = decodeQueueCursor(after);
  const readRows = (status: ClaimStatus) =>
    db.$queryRaw<QueueRow[]>(queueRowsSql(status, assigneeId, cursor));
  // A named status needs no counts to choose it: both reads go out at once.
  const [grouped, askedRows] = await Promise.all([
    db.$queryRaw<{ status: ClaimStatus; count: number }[]>(queueCountsSql(assigneeId)),
    asked && readRows(asked),
  ]);
  const counts = Object.fromEntries(grouped.map((c) => [c.status, c.count])) as Partial<
    Record<ClaimStatus, number>
  >;
  const status = asked ?? Object.values(ClaimStatus).find((s) => counts[s]) ?? 'NEW';
  const rows = askedRows || (await readRows(status));
  const claims = rows.slice(0, QUEUE_PAGE_SIZE);
  const before = cursor?.shown ?? 0;
  const last = claims.at(-1);
  const next =
    rows.length > QUEUE_PAGE_SIZE && last
      ? encodeQueueCursor({ ...last, shown: before + claims.length })
      : undefined;
  // Positions on later pages count what the earlier pages showed; claims added since may shift them.
  return { claims, counts, status, next, continued: Boolean(cursor), firstPosition: before + 1 };
}
