import { Prisma } from '@/generated/prisma/client';
import type { ClaimKind, ClaimStatus, Rating } from '@/generated/prisma/enums';
import { MARK_END, MARK_START } from '@/lib/search-marks';
import { publicClaimSql } from './public-claim-sql';
import type { SearchCursor } from './search-cursor';

export type ClaimSearchFilters = {
  status?: ClaimStatus;
  kind?: ClaimKind;
  rating?: Rating;
  speakerId?: string;
  articleId?: string;
  assigneeId?: string;
  from?: Date;
  /** Exclusive upper bound (the day after the last day asked for). */
  to?: Date;
};

export type ClaimSearchScope = {
  /** Published claims only, matched on public text only (claim, speaker, article, published verdict). */
  publicOnly: boolean;
  /** Internal notes take part in matching (never for viewers, never in public). */
  includeNotes: boolean;
};

export type ClaimSearchInput = {
  /** A tsquery from resolveTextQuery; null lists by date without text. */
  tsquery: string | null;
  filters: ClaimSearchFilters;
  sort: 'relevance' | 'date';
  cursor?: SearchCursor;
  limit: number;
};

export type ClaimSearchRow = {
  id: string;
  slug: string;
  claimReviewed: string;
  kind: ClaimKind;
  status: ClaimStatus;
  speaker: string;
  articleTitle: string;
  articleSlug: string;
  assignee: string | null;
  rating: Rating | null;
  conclusion: string | null;
  date: Date;
  sortKey: number;
  matchedIn: 'claim' | 'verdict' | 'source' | 'note' | null;
  snippet: string | null;
};

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=" … "`;

const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, ' AND ') : Prisma.sql`TRUE`);

/**
 * The one claim search query: desk search, public search and the benchmark all build their SQL here.
 * Text hits come from each table's own GIN index (claims, verdicts, sources, notes) and are summed
 * per claim with field weights; filters and keyset paging apply to the claims; snippets are built
 * for the page's rows only.
 */
export function buildClaimSearchSql(input: ClaimSearchInput, scope: ClaimSearchScope): Prisma.Sql {
  const { tsquery, filters: f, cursor, limit } = input;
  const dateColumn = Prisma.raw(scope.publicOnly ? 'c."publishedAt"' : 'c."updatedAt"');
  const where: Prisma.Sql[] = [];
  if (scope.publicOnly) where.push(publicClaimSql('c'));
  if (f.status) where.push(Prisma.sql`c."status" = ${f.status}::"ClaimStatus"`);
  if (f.kind) where.push(Prisma.sql`c."kind" = ${f.kind}::"ClaimKind"`);
  if (f.rating) where.push(Prisma.sql`pv."rating" = ${f.rating}::"Rating"`);
  if (f.speakerId) where.push(Prisma.sql`c."speakerId" = ${f.speakerId}`);
  if (f.articleId) where.push(Prisma.sql`c."articleId" = ${f.articleId}`);
  if (f.assigneeId && !scope.publicOnly) where.push(Prisma.sql`c."assigneeId" = ${f.assigneeId}`);
  if (f.from) where.push(Prisma.sql`${dateColumn} >= ${f.from}`);
  if (f.to) where.push(Prisma.sql`${dateColumn} < ${f.to}`);

  const byRelevance = tsquery !== null && input.sort === 'relevance';
  // Date order sorts on the column itself so its index serves ORDER BY … LIMIT; the cursor carries
  // the time as epoch milliseconds.
  const sortKey = byRelevance
    ? Prisma.sql`h.score`
    : Prisma.sql`(extract(epoch FROM ${dateColumn}) * 1000)::float8`;
  const orderBy = byRelevance ? Prisma.sql`h.score` : dateColumn;
  if (cursor) {
    const after = byRelevance
      ? Prisma.sql`${cursor.key}::float8`
      : Prisma.sql`(TIMESTAMP 'epoch' + ${cursor.key}::float8 * interval '1 millisecond')`;
    where.push(Prisma.sql`(${orderBy}, c.id) < (${after}, ${cursor.id})`);
  }

  const tsq = Prisma.sql`${tsquery ?? ''}::tsquery`;
  const branches = [
    Prisma.sql`SELECT c.id AS claim_id, ts_rank_cd(c."searchVector", ${tsq}, 1) AS rank, 'claim' AS field, c.id AS doc_id
      FROM "Claim" c WHERE c."searchVector" @@ ${tsq}`,
    Prisma.sql`SELECT v."claimId", ts_rank_cd(v."searchVector", ${tsq}, 1) * 0.7, 'verdict', v.id
      FROM "Verdict" v WHERE v."searchVector" @@ ${tsq}
      ${scope.publicOnly ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Claim" p WHERE p."publishedVerdictId" = v.id)` : Prisma.empty}`,
  ];
  if (!scope.publicOnly) {
    branches.push(Prisma.sql`SELECT s."claimId", ts_rank_cd(s."searchVector", ${tsq}, 1) * 0.5, 'source', s.id
      FROM "Source" s WHERE s."searchVector" @@ ${tsq}`);
  }
  if (scope.includeNotes && !scope.publicOnly) {
    branches.push(Prisma.sql`SELECT n."claimId", ts_rank_cd(n."searchVector", ${tsq}, 1) * 0.5, 'note', n.id
      FROM "Note" n WHERE n."searchVector" @@ ${tsq}`);
  }
  const hits = tsquery
    ? Prisma.sql`(SELECT claim_id, sum(rank)::float8 AS score, (array_agg(field ORDER BY rank DESC))[1] AS field,
          (array_agg(doc_id ORDER BY rank DESC))[1] AS doc_id
        FROM (${Prisma.join(branches, ' UNION ALL ')}) x GROUP BY claim_id) h
        JOIN "Claim" c ON c.id = h.claim_id`
    : Prisma.sql`"Claim" c CROSS JOIN (SELECT 0::float8 AS score, NULL::text AS field, NULL::text AS doc_id) h`;

  const snippetText = Prisma.sql`CASE p.field
      WHEN 'claim' THEN p."claimReviewed" || ' — ' || p.quote
      WHEN 'verdict' THEN (SELECT v.conclusion || ' — ' || v.rationale FROM "Verdict" v WHERE v.id = p.doc_id)
      WHEN 'source' THEN (SELECT s.title || ' — ' || coalesce(s.excerpt, s.publisher) FROM "Source" s WHERE s.id = p.doc_id)
      WHEN 'note' THEN (SELECT n.body FROM "Note" n WHERE n.id = p.doc_id)
    END`;

  return Prisma.sql`
    SELECT p.id, p.slug, p."claimReviewed", p.kind, p.status, p.speaker, p."articleTitle", p."articleSlug", p.assignee, p.rating, p.conclusion,
      p.date, p."sortKey", p.field AS "matchedIn",
      CASE WHEN p.field IS NULL THEN NULL ELSE ts_headline('claimdesk', ${snippetText}, ${tsq}, ${HEADLINE_OPTIONS}) END AS snippet
    FROM (
      SELECT c.id, c.slug, c."claimReviewed", c.quote, c.kind, c.status, sp.name AS speaker, a.title AS "articleTitle", a.slug AS "articleSlug",
        ${scope.publicOnly ? Prisma.sql`NULL::text` : Prisma.sql`u.name`} AS assignee, pv.rating,
        pv.conclusion, ${dateColumn} AS date, ${sortKey} AS "sortKey", h.field, h.doc_id
      FROM ${hits}
      JOIN "Speaker" sp ON sp.id = c."speakerId"
      JOIN "Article" a ON a.id = c."articleId"
      LEFT JOIN "User" u ON u.id = c."assigneeId"
      LEFT JOIN "Verdict" pv ON pv.id = c."publishedVerdictId"
      WHERE ${and(where)}
      ORDER BY ${orderBy} DESC, c.id DESC
      LIMIT ${limit}
    ) p
    ORDER BY p."sortKey" DESC, p.id DESC`;
}
