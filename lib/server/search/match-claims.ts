import { collapseTwinChecks } from './collapse-twin-checks';
import { postedMonth, posterNameWords } from './post-signature';
import { buildMatchCandidatesSql, type MatchCandidate, type MatchScope } from './match-candidates-sql';
import { readMatchQuery } from './read-match-query';
import {
  MATCH_WEIGHTS,
  matchFeatures,
  matchQuery,
  weighted,
  type MatchFeatures,
  type MatchWeights,
} from './score-match';
import type { SqlClient } from './sql-client';

export type FeaturedCandidate = MatchCandidate & { features: MatchFeatures };
export type ClaimMatch = FeaturedCandidate & { score: number };

/** First stage (Postgres) plus the features of each candidate; cheap to re-rank with other weights. */
export async function fetchMatchCandidates(
  client: SqlClient,
  rawText: string,
  scope: Partial<MatchScope> & { publicOnly: boolean },
): Promise<FeaturedCandidate[]> {
  const read = await readMatchQuery(client, rawText);
  if (!read) return [];
  const { text, vectors, matchText } = read;
  const candidates = await client.$queryRaw<MatchCandidate[]>(
    buildMatchCandidatesSql(matchText, { candidates: 100, ...scope }),
  );
  const best = {
    claim: Math.max(0, ...candidates.map((c) => c.claimBm25)),
    title: Math.max(0, ...candidates.map((c) => c.titleBm25)),
  };
  const post = {
    vector: matchText.vector,
    text,
    posterWords: posterNameWords(rawText),
    posted: postedMonth(rawText),
    rarity: matchText.rarity,
  };
  const query = matchQuery(post, best, vectors);
  return candidates.map((c) => ({ ...c, features: matchFeatures(query, c) }));
}

/** Second stage: best first under the given weights, each published check once. */
export function rankMatches(
  candidates: FeaturedCandidate[],
  limit: number,
  weights: MatchWeights = MATCH_WEIGHTS,
): ClaimMatch[] {
  return collapseTwinChecks(
    candidates.map((c) => ({ ...c, score: weighted(c.features, weights) })).sort((a, b) => b.score - a.score),
  ).slice(0, limit);
}

/**
 * "Have we checked this before?": the earlier claims closest to a text (a tweet, a reader's
 * message, a new claim), best first. Shared by the claim page, import, reader suggestions, the
 * matching API and the evaluation script, so what is measured is what users get.
 */
export async function matchClaims(
  client: SqlClient,
  rawText: string,
  scope: Partial<MatchScope> & { publicOnly: boolean },
  limit = 5,
): Promise<ClaimMatch[]> {
  return rankMatches(await fetchMatchCandidates(client, rawText, scope), limit);
}
