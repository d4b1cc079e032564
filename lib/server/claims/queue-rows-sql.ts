import { Prisma } from '@/generated/prisma/client';
import type { ClaimKind, ClaimStatus } from '@/generated/prisma/enums';
import type { QueueCursor } from './queue-cursor';

type Keyset = Pick<QueueCursor, 'score' | 'updatedAt' | 'id'>;

/** Rows on one queue page: enough to triage, few enough that a page renders quickly under load. */
export const QUEUE_PAGE_SIZE = 50;

export type QueueRow = {
  id: string;
  claimReviewed: string;
  kind: ClaimKind;
  score: number;
  updatedAt: Date;
  articleTitle: string;
  speakerName: string;
  assigneeName: string | null;
};

// The plain bound on score lets the index start at the cursor (a row comparison over its mixed
// directions would not); the rest settles rows that share the cursor's score.
const afterCursor = ({ score, updatedAt, id }: Keyset) => Prisma.sql`
  AND c.score <= ${score}::float8
  AND (c.score < ${score}::float8 OR (c."updatedAt", c.id) < (${updatedAt}::timestamp(3), ${id}))`;

/**
 * One page of a status's queue with its article, speaker and assignee names in one statement: Prisma
 * reads each relation with a query of its own, and those round trips were a tenth of a desk queue
 * request's CPU under load. Ordered as the (status, score, updatedAt) index is, with the id settling
 * ties, and continued after the cursor (keyset, so a deep page costs what the first does). One row
 * more than a page is read to tell whether another page follows.
 */
export const queueRowsSql = (status: ClaimStatus, assigneeId?: string, after?: Keyset) => Prisma.sql`
  SELECT c.id, c."claimReviewed", c.kind, c.score, c."updatedAt",
    a.title AS "articleTitle", s.name AS "speakerName", u.name AS "assigneeName"
  FROM "Claim" c
  JOIN "Article" a ON a.id = c."articleId"
  JOIN "Speaker" s ON s.id = c."speakerId"
  LEFT JOIN "User" u ON u.id = c."assigneeId"
  WHERE c.status = ${status}::"ClaimStatus"
    ${assigneeId ? Prisma.sql`AND c."assigneeId" = ${assigneeId}` : Prisma.empty}
    ${after ? afterCursor(after) : Prisma.empty}
  ORDER BY c.score DESC, c."updatedAt" DESC, c.id DESC
  LIMIT ${QUEUE_PAGE_SIZE + 1}`;
