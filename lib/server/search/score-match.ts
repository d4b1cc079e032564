import { figuresIn } from './figures-in';
import { bigrams, lexemeSequence } from './lexeme-sequence';
import type { MatchCandidate } from './match-candidates-sql';
import { nameWords, plainWords } from './name-words';
import {
  querySenses,
  softQueryCoverage,
  softTextCoverage,
  weightedWords,
  type QuerySenses,
} from './soft-word-overlap';
import { statedMonths } from './stated-dates';
import type { WordVectors } from './word-vectors';

export type MatchWeights = {
  claim: number;
  title: number;
  claimShare: number;
  titleShare: number;
  phrase: number;
  titlePhrase: number;
  figures: number;
  figureMiss: number;
  trigram: number;
  titleTrigram: number;
  queryCoverage: number;
  claimCoverage: number;
  titleCoverage: number;
  poster: number;
  nameCoverage: number;
  nameMiss: number;
  queryNames: number;
  softQueryCoverage: number;
  softClaimCoverage: number;
  sameMonth: number;
};

/**
 * Fitted on the CLEF 2020 CheckThat! 2a train split only (npm run eval:matching -- DIR --tune); dev is
 * the check. A linear score, so a weight reads as "one unit of this feature is worth that much".
 * Phrase overlap takes a small negative weight because coverage and trigram similarity already
 * count the same words: it corrects double counting, it does not say shared phrases hurt.
 */
export const MATCH_WEIGHTS: MatchWeights = {
  claim: 0.0504,
  title: 0.07159,
  claimShare: 2.098,
  titleShare: 1.431,
  phrase: -0.9275,
  titlePhrase: -0.02173,
  figures: 0.7769,
  figureMiss: 0.1839,
  trigram: 4.859,
  titleTrigram: 1.926,
  queryCoverage: 5.505,
  claimCoverage: 0.4469,
  titleCoverage: 0.2803,
  poster: 2.326,
  nameCoverage: 1.385,
  nameMiss: 0.03435,
  queryNames: 1.084,
  softQueryCoverage: 6.859,
  softClaimCoverage: 2.779,
  sameMonth: 2.322,
};

export type MatchFeatures = Record<keyof MatchWeights, number> & { sharedFigures: string[] };

/** What the second stage needs to know about the query, worked out once for all candidates. */
export type MatchQuery = {
  pairs: Set<string>;
  /** When the post was written (year × 12 + month), from its signature; null when unknown. */
  posted: number | null;
  figures: Set<string>;
  words: Set<string>;
  names: Set<string>;
  posterWords: Set<string>;
  vectors: WordVectors;
  senses: QuerySenses;
  /** The best BM25 among the candidates, so a candidate's share is comparable across queries. */
  best: { claim: number; title: number };
};

/** What the match reads from the text: its lexemes, posters, month posted and the idf of its words. */
export type MatchPost = {
  vector: string;
  text: string;
  posterWords: Set<string>;
  posted: number | null;
  rarity: Map<string, number>;
};

export function matchQuery(
  { vector, text, posterWords, posted, rarity }: MatchPost,
  best: MatchQuery['best'],
  vectors: WordVectors,
): MatchQuery {
  return {
    pairs: bigrams(lexemeSequence(vector)),
    posted,
    figures: figuresIn(text),
    words: plainWords(text),
    names: nameWords(text),
    posterWords,
    vectors,
    senses: querySenses(vectors, text, rarity),
    best,
  };
}

const overlap = (query: Set<string>, doc: Set<string>) => [...query].filter((x) => doc.has(x));

/**
 * Second stage: BM25 from Postgres plus agreement a reader would notice: how much of the query and
 * of the earlier claim the other covers, shared two-word phrases (in the claim and in the
 * fact-check title), the same figures, the same names (and names the earlier claim has that the
 * new text lacks), the poster named in the claim, a post written in the month (or the month after)
 * the claim dates what it checks to, and trigram similarity that survives spelling differences;
 * and, through word vectors, how much of the query the claim and title cover and of the claim the
 * query covers when near-synonyms count too (paraphrases share few exact words).
 */
export function matchFeatures(q: MatchQuery, c: MatchCandidate): MatchFeatures {
  const norm = Math.max(1, Math.sqrt(q.pairs.size));
  const docFigures = figuresIn(c.claimReviewed);
  const shared = overlap(q.figures, docFigures);
  const docText = `${c.claimReviewed} ${c.conclusion ?? ''}`;
  const docWords = plainWords(docText);
  const docNames = nameWords(docText);
  const namesFound = overlap(docNames, q.words).length;
  const claimSenses = weightedWords(q.vectors, c.claimReviewed);
  return {
    claim: c.claimBm25,
    title: c.titleBm25,
    claimShare: c.claimBm25 / (q.best.claim || 1),
    titleShare: c.titleBm25 / (q.best.title || 1),
    phrase: overlap(q.pairs, bigrams(lexemeSequence(c.claimVector))).length / norm,
    titlePhrase: overlap(q.pairs, bigrams(lexemeSequence(c.verdictVector))).length / norm,
    sameMonth: q.posted !== null && postedSoonAfter(q.posted, statedMonths(docText)) ? 1 : 0,
    figures: shared.length,
    figureMiss: q.figures.size > 0 ? -(docFigures.size - shared.length) : 0,
    trigram: c.trigram,
    titleTrigram: c.titleTrigram,
    queryCoverage: c.queryCoverage,
    claimCoverage: c.claimCoverage,
    titleCoverage: c.titleCoverage,
    poster: overlap(q.posterWords, docWords).length > 0 ? 1 : 0,
    nameCoverage: namesFound / Math.max(1, docNames.size),
    nameMiss: docNames.size - namesFound,
    queryNames: overlap(q.names, docWords).length / Math.max(1, q.names.size),
    softQueryCoverage: softQueryCoverage(q.senses, claimSenses, weightedWords(q.vectors, c.conclusion ?? '')),
    softClaimCoverage: softTextCoverage(q.senses, claimSenses),
    sharedFigures: shared,
  };
}

/** The post was written in a month the earlier claim dates what it checks to, or the month after. */
function postedSoonAfter(posted: number, months: Set<number>): boolean {
  return [...months].some((m) => posted - m >= 0 && posted - m <= 1);
}

export function weighted(f: MatchFeatures, w: MatchWeights = MATCH_WEIGHTS): number {
  let sum = 0;
  for (const key of Object.keys(w) as (keyof MatchWeights)[]) sum += w[key] * f[key];
  return sum;
}
