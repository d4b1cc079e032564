import type { Prisma } from '@/generated/prisma/client';

/** What a row in a desk list shows about a claim. */
export const DESK_CLAIM_ROW = {
  id: true,
  claimReviewed: true,
  status: true,
  updatedAt: true,
  speaker: { select: { name: true } },
  article: { select: { title: true } },
} satisfies Prisma.ClaimSelect;

/** How many rows each work list on the desk home shows; a full list says "20+", not a total it never counted. */
export const DESK_LIST_SIZE = 20;
