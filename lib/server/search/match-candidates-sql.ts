import { Prisma } from '@/generated/prisma/client';
import { publicClaimSql } from './public-claim-sql';
import type { SqlClient } from './sql-client';

export type MatchCandidate = {
  id: string;
  slug: string;
  claimReviewed: string;
  publishedAt: Date | null;
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
 * At most this many claims (and as many verdicts) are scored for candidacy, and the words that pick
 * them are chosen to find about this many, so a text made of common words at a million claims
 * scores a bounded set instead of half the archive.
 */
const CANDIDATE_BUDGET = 2000;

// BM25 constants, written into the SQL as literals (they are ours, not input).
const K1 = Prisma.raw('1.2');
const K1_PLUS_1 = Prisma.raw('2.2');
const B = Prisma.raw('0.75');

/** BM25's idf of a word held by `t.ndoc` of `n.docs` claims (0 when `t` has no row for it). */
const IDF = Prisma.raw('ln(1 + (n.docs - coalesce(t.ndoc, 0) + 0.5) / (coalesce(t.ndoc, 0) + 0.5))');

/** How much of a text's idf weight the query holds (needs the query's words as `qt` and `n`). */
const coverageOf = (
  vector: Prisma.Sql,
) => Prisma.sql`(SELECT coalesce(sum(w.idf) FILTER (WHERE w.lexeme IN (SELECT lexeme FROM qt)) / nullif(sum(w.idf), 0), 0)
  FROM (SELECT u.lexeme, ${IDF} AS idf
    FROM unnest(tsvector_to_array(${vector})) u(lexeme) LEFT JOIN "SearchTerm" t ON t.word = u.lexeme) w)`;

/**
 * Claims whose text, or whose published verdict, holds a term (`terms`: a CTE of tsquery `q` and its
 * idf), at most the budget per term, each scored by the idf of the terms it holds: a claim holding
 * the rarest word comes before one holding a common one (ts_rank, which ignores rarity, tied them).
 */
function candidatesBy(terms: Prisma.Sql, visible: Prisma.Sql, notSelf: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
      SELECT x.id, t.idf AS r FROM ${terms} t CROSS JOIN LATERAL (SELECT c.id FROM "Claim" c
        WHERE c."searchVector" @@ t.q AND ${visible} ${notSelf} LIMIT ${CANDIDATE_BUDGET}) x
      UNION ALL
      SELECT x.id, t.idf FROM ${terms} t CROSS JOIN LATERAL (SELECT c.id FROM "Verdict" v JOIN "Claim" c ON c."publishedVerdictId" = v.id
        WHERE v."searchVector" @@ t.q AND ${visible} ${notSelf} LIMIT ${CANDIDATE_BUDGET}) x`;
}

/** The text to match, and those of its words the vocabulary does not know (see readMatchText). */
export type MatchText = { text: string; newWords: string[] };

/** The claims' count for idf: at least the most any word is held by (reltuples lags after loads). */
const DOCS = Prisma.sql`greatest((SELECT reltuples FROM pg_class WHERE oid = '"Claim"'::regclass), (SELECT max(ndoc) FROM "SearchTerm"), 1)::float8`;

/**
 * The text's lexemes (`vector`, for the re-ranking's features), those of its words that are not in
 * the claim vocabulary (words newer than its last refresh, words only fact-check titles hold, words
 * nobody wrote), and the idf of each of `words` (as the text spells them; stop words left out), in
 * one round trip. Asked before the match so that the match can look each new word up as a
 * constant: a lookup of a word computed inside the query is planned blind and, for a word no claim
 * holds, read all million claims (seconds).
 */
export async function readMatchText(
  client: SqlClient,
  text: string,
  words: string[],
): Promise<MatchText & { vector: string; rarity: Map<string, number> }> {
  const [{ vector, newWords, rarity }] = await client.$queryRaw<
    { vector: string; newWords: string[]; rarity: Record<string, number> }[]
  >`
    SELECT q.vector::text AS vector, ARRAY(SELECT u.lexeme FROM unnest(q.vector) u
      WHERE NOT EXISTS (SELECT 1 FROM "SearchTerm" t WHERE t.word = u.lexeme)) AS "newWords",
      (SELECT coalesce(json_object_agg(w.word, ${IDF}), '{}')
        FROM unnest(${words}::text[]) w(word) CROSS JOIN (SELECT ${DOCS} AS docs) n
        CROSS JOIN LATERAL (SELECT (tsvector_to_array(to_tsvector('claimdesk', w.word)))[1] AS lexeme) l
        LEFT JOIN "SearchTerm" t ON t.word = l.lexeme WHERE l.lexeme IS NOT NULL) AS rarity
    FROM (SELECT to_tsvector('claimdesk', ${text}) AS vector) q`;
  return { text, vector, newWords, rarity: new Map(Object.entries(rarity)) };
}

/** The new words some claim or verdict holds, each looked up through the GIN indexes. */
function heldNewWords(words: string[]): Prisma.Sql {
  const held = words.map(
    (
      w,
    ) => Prisma.sql`SELECT ${w}::text WHERE EXISTS (SELECT 1 FROM "Claim" x WHERE x."searchVector" @@ quote_literal(${w}::text)::tsquery)
      OR EXISTS (SELECT 1 FROM "Verdict" x WHERE x."searchVector" @@ quote_literal(${w}::text)::tsquery)`,
  );
  return held.length > 0 ? Prisma.join(held, ' UNION ALL ') : Prisma.sql`SELECT NULL::text WHERE FALSE`;
}

/**
 * First stage of claim matching, all in Postgres: the query's rarest words that some claim or verdict
 * holds (by the claim vocabulary's document counts; a word no claim has cannot find one, so it would
 * only waste a slot; a new word that some claim or verdict holds counts as the rarest of all)
 * pick candidates through the GIN indexes of claims and of their published verdicts: each of the
 * rarest words while their claims fit the budget, and when fewer than two fit, the next rarest
 * together (claims holding all of them) until the share of claims expected to hold them all fits.
 * At a million claims a text of common words so reads a few hundred claims that share its two
 * rarest words rather than the first 2,000 of 45,000 that hold either. Each candidate gets BM25
 * over the claim text and over the verdict's conclusion (the fact-check's title) separately. The
 * best few by BM25 also get trigram word similarity and idf-weighted coverage: how much of the
 * query the claim or title holds, and how much of the claim and of the title the query holds (a
 * repeated claim is usually said in full). The second stage (score-match.ts) adds phrase, figure
 * and name agreement.
 */
export function buildMatchCandidatesSql(query: MatchText, scope: MatchScope): Prisma.Sql {
  const { text } = query;
  // IS TRUE keeps the rule out of the index search: combining the text index with a bitmap of every
  // published claim cost more than checking the few candidates it finds.
  const visible = scope.publicOnly ? Prisma.sql`(${publicClaimSql('c')}) IS TRUE` : Prisma.sql`TRUE`;
  const notSelf = scope.excludeClaimId ? Prisma.sql`AND c.id <> ${scope.excludeClaimId}` : Prisma.empty;
  return Prisma.sql`
    WITH n AS (
      SELECT ${DOCS} AS docs
    ), held AS (${heldNewWords(query.newWords)}
    ), qt AS (
      SELECT q.lexeme, coalesce(t.ndoc, 0) AS ndoc, ${IDF} AS idf,
        coalesce(t.ndoc, 0) > 0 OR q.lexeme IN (SELECT * FROM held) AS found
      FROM unnest(to_tsvector('claimdesk', ${text})) q CROSS JOIN n
      LEFT JOIN "SearchTerm" t ON t.word = q.lexeme
    ), ranked AS (
      -- docs: claims holding any of the words so far; share: the log share expected to hold them all.
      SELECT r.*, sum(ln(greatest(r.ndoc, 1) / n.docs)) OVER (ORDER BY r.k) AS share, ln(greatest(r.ndoc, 1) / n.docs) AS own
      FROM (SELECT lexeme, ndoc, idf, row_number() OVER w AS k, sum(ndoc) OVER w AS docs FROM qt WHERE found
        WINDOW w AS (ORDER BY idf DESC, lexeme) LIMIT 16) r CROSS JOIN n
    ), singles AS (
      SELECT count(*) AS k, coalesce(min(share), 0) AS share FROM ranked WHERE docs <= ${CANDIDATE_BUDGET}
    ), picked AS (
      SELECT quote_literal(r.lexeme)::tsquery AS q, r.idf FROM ranked r CROSS JOIN singles s WHERE r.k <= s.k
      UNION ALL
      SELECT string_agg(quote_literal(r.lexeme), ' & ')::tsquery, sum(r.idf)
      FROM ranked r CROSS JOIN singles s CROSS JOIN n
      WHERE r.k > s.k AND s.k < 2 AND r.k <= s.k + 4
        AND (r.k = s.k + 1 OR n.docs * exp(r.share - r.own - s.share) > ${CANDIDATE_BUDGET})
      HAVING count(*) > 0
    ), narrow AS (${candidatesBy(Prisma.sql`picked`, visible, notSelf)}
    ), wide AS (
      -- When the words held together find too few, the two rarest each on their own.
      SELECT quote_literal(r.lexeme)::tsquery AS q, r.idf FROM ranked r CROSS JOIN singles s
      WHERE r.k > s.k AND r.k <= 2 AND (SELECT count(*) FROM narrow) < ${scope.candidates}
    ), cand AS (
      SELECT * FROM narrow UNION ALL ${candidatesBy(Prisma.sql`wide`, visible, notSelf)}
    ), top AS (
      SELECT id FROM cand GROUP BY id ORDER BY sum(r) DESC LIMIT ${scope.candidates * 5}
    ), bm AS (
      SELECT top.id,
        coalesce((SELECT sum(qt.idf * (array_length(u.positions, 1) * ${K1_PLUS_1}) /
            (array_length(u.positions, 1) + ${K1} * (1 - ${B} + ${B} * length(c."searchVector") / 12.0)))
          FROM unnest(c."searchVector") u JOIN qt ON qt.lexeme = u.lexeme), 0) AS "claimBm25",
        coalesce((SELECT sum(qt.idf * (array_length(u.positions, 1) * ${K1_PLUS_1}) /
            (array_length(u.positions, 1) + ${K1} * (1 - ${B} + ${B} * length(v."searchVector") / 10.0)))
          FROM unnest(ts_filter(v."searchVector", '{a}')) u JOIN qt ON qt.lexeme = u.lexeme), 0) AS "titleBm25"
      FROM top JOIN "Claim" c ON c.id = top.id LEFT JOIN "Verdict" v ON v.id = c."publishedVerdictId"
    ), best AS (
      SELECT * FROM bm ORDER BY "claimBm25" + "titleBm25" DESC LIMIT ${scope.candidates}
    )
    SELECT c.id, c.slug, c."claimReviewed", c."publishedAt", v.conclusion, c."searchVector"::text AS "claimVector",
      title.vector::text AS "verdictVector",
      bm."claimBm25"::float8 AS "claimBm25", bm."titleBm25"::float8 AS "titleBm25",
      word_similarity(c."claimReviewed", ${text})::float8 AS trigram,
      coalesce(word_similarity(v.conclusion, ${text}), 0)::float8 AS "titleTrigram",
      coalesce((SELECT sum(qt.idf) FILTER (WHERE c."searchVector" @@ quote_literal(qt.lexeme)::tsquery
          OR title.vector @@ quote_literal(qt.lexeme)::tsquery) / nullif(sum(qt.idf), 0)
        FROM qt WHERE qt.found), 0)::float8 AS "queryCoverage",
      ${coverageOf(Prisma.sql`c."searchVector"`)}::float8 AS "claimCoverage",
      ${coverageOf(Prisma.sql`title.vector`)}::float8 AS "titleCoverage"
    FROM best bm CROSS JOIN n JOIN "Claim" c ON c.id = bm.id LEFT JOIN "Verdict" v ON v.id = c."publishedVerdictId"
      -- The title's vector is the verdict's stored one without the rationale (weight A is the
      -- conclusion alone), labelled as to_tsvector labels it; reading it costs less than parsing again.
      CROSS JOIN LATERAL (SELECT setweight(ts_filter(v."searchVector", '{a}'), 'D') AS vector) title
    ORDER BY bm."claimBm25" + bm."titleBm25" DESC`;
}
