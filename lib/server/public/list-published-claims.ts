import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Rating } from '@/generated/prisma/enums';
import { db } from '../db';
import { PUBLIC_CLAIM_WHERE } from './read-model';

export type VerdictFilters = { rating?: Rating; speaker?: string; article?: string; page?: number };

export const PAGE_SIZE = 20;

/** Public read: published verdicts, newest first, filtered by rating, speaker name and article slug. */
export async function listPublishedClaims(
  { rating, speaker, article, page = 1 }: VerdictFilters = {},
  pageSize = PAGE_SIZE,
) {
  const where: Prisma.ClaimWhereInput = {
    ...PUBLIC_CLAIM_WHERE,
    ...(rating ? { publishedRating: rating } : {}),
    ...(speaker ? { speaker: { name: speaker } } : {}),
    ...(article ? { article: { slug: article } } : {}),
  };
  const [total, claims] = await Promise.all([
    db.claim.count({ where }),
    db.claim.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        slug: true,
        claimReviewed: true,
        publishedAt: true,
        updatedAt: true,
        speaker: { select: { name: true } },
        article: { select: { title: true, slug: true } },
        publishedVerdict: { select: { rating: true, conclusion: true } },
      },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    claims: claims.flatMap(({ publishedVerdict, ...c }) =>
      publishedVerdict ? [{ ...c, verdict: publishedVerdict }] : [],
    ),
  };
}
