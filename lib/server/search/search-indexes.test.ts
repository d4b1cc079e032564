import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '@/generated/prisma/client';
import { scriptClient } from '@/prisma/client';
import { buildMatchCandidatesSql } from './match-candidates-sql';
import { buildClaimSearchSql } from './search-claims-sql';
import { refreshSearchTerms } from './refresh-search-terms';
import { resolveTextQuery } from './text-query';

const db = scriptClient();

beforeAll(() => refreshSearchTerms(db));
afterAll(() => db.$disconnect());

/**
 * The test database is small, so the planner would rightly scan it; with sequential scans priced
 * out it shows which indexes each query CAN use: a query written so that no index applies (a
 * wrapped column, a wrong operator) still falls back to a scan and fails here.
 */
async function plan(sql: Prisma.Sql): Promise<string> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
    const rows = await tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql.text}`, ...sql.values);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe('search queries use their indexes', () => {
  it('text search reads the GIN indexes of claims, verdicts, sources and notes', async () => {
    const tsquery = await resolveTextQuery(db, 'Russia hoax');
    const text = await plan(buildClaimSearchSql({ tsquery, filters: {}, sort: 'relevance', limit: 21 }, { publicOnly: false, includeNotes: true }));
    for (const index of ['Claim_searchVector_idx', 'Verdict_searchVector_idx', 'Source_searchVector_idx', 'Note_searchVector_idx']) expect(text).toContain(index);
  });

  it('typo correction reads the trigram index of the vocabulary', async () => {
    const text = await plan({ text: `SELECT word FROM "SearchTerm" WHERE word % $1`, values: ['anchorg'] } as Prisma.Sql);
    expect(text).toContain('SearchTerm_word_idx');
  });

  it('a filter-only list by date walks the date index instead of sorting everything', async () => {
    const text = await plan(buildClaimSearchSql({ tsquery: null, filters: {}, sort: 'date', limit: 21 }, { publicOnly: false, includeNotes: false }));
    expect(text).toContain('Claim_updatedAt_idx');
  });

  it('matching picks candidates through the claim GIN index', async () => {
    const text = await plan(buildMatchCandidatesSql('Trump says the Russia hoax interfered', { publicOnly: true, candidates: 10 }));
    expect(text).toContain('Claim_searchVector_idx');
  });
});
