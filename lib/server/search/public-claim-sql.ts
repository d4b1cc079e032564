import { Prisma } from '@/generated/prisma/client';

/**
 * The one SQL form of "readers may see this claim", for every raw search query. It states the same
 * rule as PUBLIC_CLAIM_WHERE (lib/server/public/read-model.ts), which raw SQL cannot reuse.
 */
export function publicClaimSql(alias: string): Prisma.Sql {
  const c = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${c}."status" = 'PUBLISHED' AND ${c}."publishedVerdictId" IS NOT NULL AND ${c}."publishedAt" IS NOT NULL)`;
}
