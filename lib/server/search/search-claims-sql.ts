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
 * How many of the newest matches each field (claim, verdict, source, note) offers for ranking. A
 * common word matches hundreds of thousands of claims; scoring all of them costs seconds, while the
 * newest thousand per field keeps every query bounded and is where an editor looks first. Claim
 * text is walked with the filters applied, so its matches are exact; verdicts, sources and notes
 * offer their newest thousand and the filters apply after, so under a narrow filter an older match
 * found only in a source can be missed.
 */
export const RANKED_MATCHES_PER_FIELD = 1000;

/**
 * The one claim search query: desk search, public search and the benchmark all build their SQL here.
 * Text hits come from each table's own GIN index (claims, verdicts, sources, notes), filtered and
 * bounded per field, then summed per claim with field weights; only the page's rows are joined to
 * their speaker, article and verdict and get a snippet.
 */
export function buildClaimSearchSql(input: ClaimSearchInput, scope: ClaimSearchScope): Prisma.Sql {
  const { tsquery, filters: f, cursor, limit } = input;
  const dateColumn = Prisma.raw(scope.publicOnly ? 'c."publishedAt"' : 'c."updatedAt"');
  const where: Prisma.Sql[] = [];
  if (scope.publicOnly) where.push(publicClaimSql('c'));
  if (f.status) where.push(Prisma.sql`c."status" = ${f.status}::"ClaimStatus"`);
  if (f.kind) where.push(Prisma.sql`c."kind" = ${f.kind}::"ClaimKind"`);
  if (f.rating) where.push(Prisma.sql`c."publishedRating" = ${f.rating}::"Rating"`);
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
  const after = cursor
    ? Prisma.sql`(${orderBy}, c.id) < (${
        byRelevance
          ? Prisma.sql`${cursor.key}::float8`
          : Prisma.sql`(TIMESTAMP 'epoch' + ${cursor.key}::float8 * interval '1 millisecond')`
      }, ${cursor.id})`
    : null;
  // A date cursor narrows every field's matches; a relevance cursor applies to the summed scores.
  if (after && !byRelevance) where.push(after);

  const tsq = Prisma.sql`${tsquery ?? ''}::tsquery`;
  const newest = (date: Prisma.Sql, id: Prisma.Sql) =>
    Prisma.sql`ORDER BY ${date} DESC, ${id} DESC LIMIT ${RANKED_MATCHES_PER_FIELD}`;
  // Verdicts, sources and notes offer their own newest matches; the claim filters apply to them
  // once summed, below.
  const field = (table: string, name: string, weight: number, visible: Prisma.Sql = Prisma.empty) =>
    Prisma.sql`SELECT d."claimId" AS claim_id, ts_rank_cd(d."searchVector", ${tsq}, 1) * ${weight}::float8 AS rank, ${name}::text AS field, d.id AS doc_id
      FROM (SELECT x.id, x."claimId", x."searchVector" FROM ${Prisma.raw(`"${table}"`)} x
        WHERE x."searchVector" @@ ${tsq} ${newest(Prisma.raw('x."createdAt"'), Prisma.raw('x.id'))}) d ${visible}`;
  const fields = [
    Prisma.sql`SELECT d.id AS claim_id, ts_rank_cd(d."searchVector", ${tsq}, 1) AS rank, 'claim'::text AS field, d.id AS doc_id
      FROM (SELECT c.id, c."searchVector" FROM "Claim" c
        WHERE c."searchVector" @@ ${tsq} AND ${and(where)} ${newest(dateColumn, Prisma.raw('c.id'))}) d`,
    field(
      'Verdict',
      'verdict',
      0.7,
      scope.publicOnly
        ? Prisma.sql`WHERE EXISTS (SELECT 1 FROM "Claim" p WHERE p."publishedVerdictId" = d.id)`
        : Prisma.empty,
    ),
  ];
  if (!scope.publicOnly) fields.push(field('Source', 'source', 0.5));
  if (scope.includeNotes && !scope.publicOnly) fields.push(field('Note', 'note', 0.5));

  const page = tsquery
    ? Prisma.sql`SELECT c.id, ${sortKey} AS "sortKey", h.field, h.doc_id
      FROM (SELECT claim_id, sum(rank)::float8 AS score, (array_agg(field ORDER BY rank DESC))[1] AS field,
          (array_agg(doc_id ORDER BY rank DESC))[1] AS doc_id
        FROM (${Prisma.join(fields, ' UNION ALL ')}) x GROUP BY claim_id) h
      JOIN "Claim" c ON c.id = h.claim_id
      WHERE ${and(byRelevance && after ? [...where, after] : where)}
      ORDER BY ${orderBy} DESC, c.id DESC
      LIMIT ${limit}`
    : Prisma.sql`SELECT c.id, ${sortKey} AS "sortKey", NULL::text AS field, NULL::text AS doc_id
      FROM "Claim" c
      WHERE ${and(where)}
      ORDER BY ${orderBy} DESC, c.id DESC
      LIMIT ${limit}`;

  const snippetText = Prisma.sql`CASE p.field
      WHEN 'claim' THEN c."claimReviewed" || ' — ' || c.quote
      WHEN 'verdict' THEN (SELECT v.conclusion || ' — ' || v.rationale FROM "Verdict" v WHERE v.id = p.doc_id)
      WHEN 'source' THEN (SELECT s.title || ' — ' || coalesce(s.excerpt, s.publisher) FROM "Source" s WHERE s.id = p.doc_id)
      WHEN 'note' THEN (SELECT n.body FROM "Note" n WHERE n.id = p.doc_id)
    END`;

  return Prisma.sql`
    SELECT c.id, c.slug, c."claimReviewed", c.kind, c.status, sp.name AS speaker, a.title AS "articleTitle", a.slug AS "articleSlug",
      ${scope.publicOnly ? Prisma.sql`NULL::text` : Prisma.sql`u.name`} AS assignee, pv.rating, pv.conclusion,
      ${dateColumn} AS date, p."sortKey", p.field AS "matchedIn",
      CASE WHEN p.field IS NULL THEN NULL ELSE ts_headline('claimdesk', ${snippetText}, ${tsq}, ${HEADLINE_OPTIONS}) END AS snippet
    FROM (${page}) p
    JOIN "Claim" c ON c.id = p.id
    JOIN "Speaker" sp ON sp.id = c."speakerId"
    JOIN "Article" a ON a.id = c."articleId"
    LEFT JOIN "User" u ON u.id = c."assigneeId"
    LEFT JOIN "Verdict" pv ON pv.id = c."publishedVerdictId"
    ORDER BY p."sortKey" DESC, p.id DESC`;
}
