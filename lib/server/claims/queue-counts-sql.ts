import { Prisma } from '@/generated/prisma/client';

export const QUEUE_COUNT_LIMIT = 10_000;

/**
 * Claims per status, each counted only up to QUEUE_COUNT_LIMIT (optionally one assignee's only):
 * counting a million claims on every queue view cost a quarter of a second, and "10,000+" tells an
 * editor as much.
 */
export const queueCountsSql = (assigneeId?: string) => Prisma.sql`
  SELECT s.status, (SELECT count(*) FROM (SELECT 1 FROM "Claim" c WHERE c.status = s.status
    ${assigneeId ? Prisma.sql`AND c."assigneeId" = ${assigneeId}` : Prisma.empty} LIMIT ${QUEUE_COUNT_LIMIT}) x)::int AS count
  FROM unnest(enum_range(NULL::"ClaimStatus")) s(status)`;
