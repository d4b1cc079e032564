import { Prisma } from '@/generated/prisma/client';
import { publicClaimSql } from './public-claim-sql';

export type MatchCandidate = {
  id: string;
  slug: string;
  claimReviewed: string;
  conclusion: string | null;
  claimVector: string;
  verdictVector: string | null;
  claimBm25: number;
  titleBm25: number;
  trigram: number;
  titleTrigram: number;
  queryCoverage: number;
  claimCoverage: number;
  titleCoverage: number;
};

export type MatchScope = { publicOnly: boolean; excludeClaimId?: string; candidates: number };

/**
 * At most this many claims (and as many verdicts) are scored for candidacy. The query's rarest words
 * are used until their claims would pass it (the two rarest always), so a text made of common words
 * at a million claims scores a bounded set instead of half the archive.
 */
const CANDIDATE_BUDGET = 2000;

// BM25 constants, written into the SQL as literals (they are ours, not input).
const K1 = Prisma.raw('1.2');
const K1_PLUS_1 = Prisma.raw('2.2');
const B = Prisma.raw('0.75');

/** How much of a text's idf weight the query holds (needs the query's words as `qt` and `n`). */
const coverageOf = (
  vector: Prisma.Sql,
) => Prisma.sql`(SELECT coalesce(sum(w.idf) FILTER (WHERE w.lexeme IN (SELECT lexeme FROM qt)) / nullif(sum(w.idf), 0), 0)
  FROM (SELECT u.lexeme, ln(1 + (n.docs - coalesce(t.ndoc, 0) + 0.5) / (coalesce(t.ndoc, 0) + 0.5)) AS idf
    FROM unnest(tsvector_to_array(${vector})) u(lexeme) LEFT JOIN "SearchTerm" t ON t.word = u.lexeme) w)`;

/**
 * First stage of claim matching, all in Postgres: the query's rarest words that some claim or verdict
 * holds (by the claim vocabulary's document counts; a word no claim has cannot find one, so it would
 * only waste a slot; a word newer than the vocabulary's last refresh is looked up in the GIN index
 * and, when found, counts as the rarest of all)
 * pick candidates through the GIN indexes of claims and of their published verdicts, then each
 * candidate gets BM25 over the claim text and over the verdict's conclusion (the fact-check's title)
 * separately. The best few by BM25 also get trigram word similarity and idf-weighted coverage: how
 * much of the query the claim or title holds, and how much of the claim and of the title the query
 * holds (a repeated claim is usually said in full). The second stage (score-match.ts) adds phrase,
 * figure and name agreement.
 */
export function buildMatchCandidatesSql(text: string, scope: MatchScope): Prisma.Sql {
  // IS TRUE keeps the rule out of the index search: combining the text index with a bitmap of every
  // published claim cost more than checking the few candidates it finds.
  const visible = scope.publicOnly ? Prisma.sql`(${publicClaimSql('c')}) IS TRUE` : Prisma.sql`TRUE`;
  const notSelf = scope.excludeClaimId ? Prisma.sql`AND c.id <> ${scope.excludeClaimId}` : Prisma.empty;
  return Prisma.sql`
    WITH n AS (
      SELECT greatest((SELECT reltuples FROM pg_class WHERE oid = '"Claim"'::regclass), (SELECT max(ndoc) FROM "SearchTerm"), 1)::float8 AS docs
    ), qt AS (
      SELECT q.lexeme, coalesce(t.ndoc, 0) AS ndoc, ln(1 + (n.docs - coalesce(t.ndoc, 0) + 0.5) / (coalesce(t.ndoc, 0) + 0.5)) AS idf,
        coalesce(t.ndoc, 0) > 0
          OR EXISTS (SELECT 1 FROM "Claim" x WHERE x."searchVector" @@ quote_literal(q.lexeme)::tsquery)
          OR EXISTS (SELECT 1 FROM "Verdict" x WHERE x."searchVector" @@ quote_literal(q.lexeme)::tsquery) AS found
      FROM unnest(to_tsvector('claimdesk', ${text})) q CROSS JOIN n
      LEFT JOIN "SearchTerm" t ON t.word = q.lexeme
    ), picked AS (
      SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery AS tsq
      FROM (SELECT lexeme, row_number() OVER w AS k, sum(ndoc) OVER w AS docs FROM qt WHERE found
        WINDOW w AS (ORDER BY idf DESC, lexeme) LIMIT 16) r
      WHERE k <= 2 OR docs <= ${CANDIDATE_BUDGET}
    ), cand AS (
      (SELECT c.id, ts_rank(c."searchVector", picked.tsq) AS r FROM "Claim" c, picked
      WHERE c."searchVector" @@ picked.tsq AND ${visible} ${notSelf} LIMIT ${CANDIDATE_BUDGET})
      UNION ALL
      (SELECT c.id, ts_rank(v."searchVector", picked.tsq) FROM "Verdict" v JOIN "Claim" c ON c."publishedVerdictId" = v.id, picked
      WHERE v."searchVector" @@ picked.tsq AND ${visible} ${notSelf} LIMIT ${CANDIDATE_BUDGET})
    ), top AS (
      SELECT id FROM cand GROUP BY id ORDER BY sum(r) DESC LIMIT ${scope.candidates * 5}
    ), bm AS (
      SELECT top.id,
        coalesce((SELECT sum(qt.idf * (array_length(u.positions, 1) * ${K1_PLUS_1}) /
            (array_length(u.positions, 1) + ${K1} * (1 - ${B} + ${B} * length(c."searchVector") / 12.0)))
          FROM unnest(c."searchVector") u JOIN qt ON qt.lexeme = u.lexeme), 0) AS "claimBm25",
        coalesce((SELECT sum(qt.idf * (array_length(u.positions, 1) * ${K1_PLUS_1}) /
            (array_length(u.positions, 1) + ${K1} * (1 - ${B} + ${B} * length(v."searchVector") / 10.0)))
          FROM unnest(setweight(to_tsvector('claimdesk', v.conclusion), 'A')) u JOIN qt ON qt.lexeme = u.lexeme), 0) AS "titleBm25"
      FROM top JOIN "Claim" c ON c.id = top.id LEFT JOIN "Verdict" v ON v.id = c."publishedVerdictId"
    ), best AS (
      SELECT * FROM bm ORDER BY "claimBm25" + "titleBm25" DESC LIMIT ${scope.candidates}
    )
    SELECT c.id, c.slug, c."claimReviewed", v.conclusion, c."searchVector"::text AS "claimVector",
      to_tsvector('claimdesk', v.conclusion)::text AS "verdictVector",
      bm."claimBm25"::float8 AS "claimBm25", bm."titleBm25"::float8 AS "titleBm25",
      word_similarity(c."claimReviewed", ${text})::float8 AS trigram,
      coalesce(word_similarity(v.conclusion, ${text}), 0)::float8 AS "titleTrigram",
      coalesce((SELECT sum(qt.idf) FILTER (WHERE c."searchVector" @@ quote_literal(qt.lexeme)::tsquery
          OR title.vector @@ quote_literal(qt.lexeme)::tsquery) / nullif(sum(qt.idf), 0)
        FROM qt WHERE qt.found), 0)::float8 AS "queryCoverage",
      ${coverageOf(Prisma.sql`c."searchVector"`)}::float8 AS "claimCoverage",
      ${coverageOf(Prisma.sql`title.vector`)}::float8 AS "titleCoverage"
    FROM best bm CROSS JOIN n JOIN "Claim" c ON c.id = bm.id LEFT JOIN "Verdict" v ON v.id = c."publishedVerdictId"
      -- The title's vector once per candidate: the coverage of each query word would build it again.
      CROSS JOIN LATERAL (SELECT to_tsvector('claimdesk', coalesce(v.conclusion, '')) AS vector) title
    ORDER BY bm."claimBm25" + bm."titleBm25" DESC`;
}
