import { Prisma } from '@/generated/prisma/client';

/**
 * The one SQL form of "readers may see this claim", for every raw search query. It states the same
 * rule as PUBLISHED_WHERE (lib/server/data/published-claim-shape.ts); when the public read model
 * moves to lib/server/public/, this is the single place to swap.
 */
export function publicClaimSql(alias: string): Prisma.Sql {
  const c = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${c}."status" = 'PUBLISHED' AND ${c}."publishedVerdictId" IS NOT NULL)`;
}
