import { Prisma } from '@/generated/prisma/client';
import { publicClaimSql } from './public-claim-sql';

export type EntityHit = { id: string; label: string; detail: string; slug: string | null };

/**
 * Speakers and articles whose name or title matches: trigram word similarity catches spellings
 * ("Zelenskyy"/"Zelensky") that stemming cannot. In public only those with a published claim.
 */
export function buildSpeakerSearchSql(text: string, publicOnly: boolean): Prisma.Sql {
  return Prisma.sql`
    SELECT s.id, s.name AS label, coalesce(s.title, '') AS detail, NULL::text AS slug
    FROM "Speaker" s
    WHERE ${text} <% s.name
      ${publicOnly ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."speakerId" = s.id AND ${publicClaimSql('c')})` : Prisma.empty}
    ORDER BY word_similarity(${text}, s.name) DESC, s.name
    LIMIT 5`;
}

export function buildArticleSearchSql(text: string, tsquery: string | null, publicOnly: boolean): Prisma.Sql {
  const byWords = tsquery ? Prisma.sql`a."searchVector" @@ ${tsquery}::tsquery OR` : Prisma.empty;
  return Prisma.sql`
    SELECT a.id, a.title AS label, a.outlet AS detail, a.slug
    FROM "Article" a
    WHERE (${byWords} ${text} <% a.title)
      ${publicOnly ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."articleId" = a.id AND ${publicClaimSql('c')})` : Prisma.empty}
    ORDER BY word_similarity(${text}, a.title) DESC, a."publishedAt" DESC
    LIMIT 5`;
}
