import { buildArticleSearchSql, buildSpeakerSearchSql, type EntityHit } from './search-entities-sql';
import {
  buildClaimSearchSql,
  type ClaimSearchFilters,
  type ClaimSearchRow,
  type ClaimSearchScope,
} from './search-claims-sql';
import { decodeCursor, encodeCursor } from './search-cursor';
import type { SqlClient } from './sql-client';
import { resolveTextQuery } from './text-query';

export type ClaimSearchRequest = {
  text: string;
  filters: ClaimSearchFilters;
  sort: 'relevance' | 'date';
  cursor?: string;
  pageSize?: number;
};

export type ClaimSearchResult = {
  claims: ClaimSearchRow[];
  next: string | null;
  speakers: EntityHit[];
  articles: EntityHit[];
};

/** Runs one search page (claims plus matching speakers and articles on the first page). */
export async function runClaimSearch(
  client: SqlClient,
  req: ClaimSearchRequest,
  scope: ClaimSearchScope,
): Promise<ClaimSearchResult> {
  const pageSize = req.pageSize ?? 20;
  const text = req.text.trim();
  const tsquery = text ? await resolveTextQuery(client, text) : null;
  const cursor = decodeCursor(req.cursor);
  const sql = buildClaimSearchSql(
    { tsquery, filters: req.filters, sort: req.sort, cursor, limit: pageSize + 1 },
    scope,
  );
  const firstPage = !cursor && text.length > 0;
  const [rows, speakers, articles] = await Promise.all([
    client.$queryRaw<ClaimSearchRow[]>(sql),
    firstPage ? client.$queryRaw<EntityHit[]>(buildSpeakerSearchSql(text, scope.publicOnly)) : [],
    firstPage ? client.$queryRaw<EntityHit[]>(buildArticleSearchSql(text, tsquery, scope.publicOnly)) : [],
  ]);
  const claims = rows.slice(0, pageSize);
  const last = claims.at(-1);
  return {
    claims,
    next: rows.length > pageSize && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null,
    speakers,
    articles,
  };
}
