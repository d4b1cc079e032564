import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/generated/prisma/client';
import { scriptClient } from '@/prisma/client';
import { buildMatchCandidatesSql } from './match-candidates-sql';
import { buildClaimSearchSql } from './search-claims-sql';
import { refreshSearchTerms } from './refresh-search-terms';
import { resolveTextQuery } from './text-query';
import { queueRowsSql } from '../claims/queue-rows-sql';

const db = scriptClient();

beforeAll(() => refreshSearchTerms(db));
afterAll(() => db.$disconnect());

/**
 * The plan of a query over 20,000 extra varied claims (enough that scanning everything costs more
 * than an index), inside a transaction that is rolled back so no other test sees them.
 */
async function plan(sql: Prisma.Sql): Promise<string> {
  let text = '';
  await db
    .$transaction(
      async (tx) => {
        await tx.$executeRaw`
        INSERT INTO "Claim" (id, slug, "articleId", "speakerId", quote, "startOffset", "endOffset", "claimReviewed", kind, score, status, "updatedAt")
        SELECT 'plan-' || g, 'plan-' || g, a.id, s.id, 'quote ' || g, 100000 + g, 100000 + g,
          (ARRAY['drones','tankers','grain','pensions','tariffs','refugees'])[1 + g % 6] || ' number ' || g || ' in ' ||
          (ARRAY['Kyiv','Odesa','Riga','Warsaw','Geneva','Tokyo','Minsk'])[1 + g % 7] || ' word' || (g % 997),
          'OTHER', 0.5, (ARRAY['NEW','RESEARCHING','PUBLISHED'])[1 + g % 3]::"ClaimStatus", now() - g * interval '1 minute'
        FROM generate_series(1, 20000) g, (SELECT id FROM "Article" LIMIT 1) a, (SELECT id FROM "Speaker" LIMIT 1) s`;
        // Rows just inserted wait in the GIN pending list until vacuum merges them; merge them now as
        // autovacuum would on a live database, or the planner prices the index as a long list scan.
        await tx.$queryRaw`SELECT gin_clean_pending_list('"Claim_searchVector_idx"'::regclass)`;
        await tx.$executeRaw`ANALYZE "Claim"`;
        const rows = await tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
          `EXPLAIN ${sql.text}`,
          ...sql.values,
        );
        text = rows.map((r) => r['QUERY PLAN']).join('\n');
        throw new Error('rollback');
      },
      { timeout: 60_000 },
    )
    .catch((e: Error) => {
      if (e.message !== 'rollback') throw e;
    });
  return text;
}

describe('search queries use their indexes', () => {
  it('text search reads the GIN index of claims', async () => {
    const tsquery = await resolveTextQuery(db, 'word17 Odesa');
    const text = await plan(
      buildClaimSearchSql(
        { tsquery, filters: {}, sort: 'relevance', limit: 21 },
        { publicOnly: false, includeNotes: true },
      ),
    );
    expect(text).toContain('Claim_searchVector_idx');
  });

  it('a filter-only list by date walks the date index instead of sorting everything', async () => {
    const text = await plan(
      buildClaimSearchSql(
        { tsquery: null, filters: {}, sort: 'date', limit: 21 },
        { publicOnly: false, includeNotes: false },
      ),
    );
    expect(text).toContain('Claim_updatedAt_search_idx');
  });

  it('a word most claims hold walks the newest matches down the date index instead of scoring them all', async () => {
    const tsquery = await resolveTextQuery(db, 'number');
    const text = await plan(
      buildClaimSearchSql(
        { tsquery, filters: {}, sort: 'relevance', limit: 21 },
        { publicOnly: false, includeNotes: true },
      ),
    );
    expect(text).toMatch(/Scan Backward using "Claim_updatedAt_search_idx"/);
  });

  it('the queue reads one status in score order from its index, on its first and later pages', async () => {
    expect(await plan(queueRowsSql('RESEARCHING'))).toContain('Claim_status_score_updatedAt_idx');
    const after = { score: 0.5, updatedAt: new Date(), id: 'c' };
    expect(await plan(queueRowsSql('RESEARCHING', undefined, after))).toContain(
      'Claim_status_score_updatedAt_idx',
    );
  });

  it('matching picks candidates through the claim GIN index', async () => {
    const text = await plan(
      buildMatchCandidatesSql(
        { text: 'tankers reached Odesa, word17', newWords: [] },
        { publicOnly: false, candidates: 10 },
      ),
    );
    expect(text).toContain('Claim_searchVector_idx');
  });
});
