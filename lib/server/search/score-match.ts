import { figuresIn } from './figures-in';
import { bigrams, lexemeSequence } from './lexeme-sequence';
import type { MatchCandidate } from './match-candidates-sql';

export type MatchWeights = {
  claim: number;
  title: number;
  phrase: number;
  titlePhrase: number;
  figures: number;
  figureMiss: number;
  trigram: number;
  titleTrigram: number;
};

/** Tuned on the CLEF 2020 CheckThat! 2a train split only (npm run eval:matching -- DIR --tune); dev is the check. */
export const MATCH_WEIGHTS: MatchWeights = {
  claim: 1,
  title: 1,
  phrase: 1.125,
  titlePhrase: 0.1875,
  figures: 6,
  figureMiss: 0,
  trigram: 32,
  titleTrigram: 4,
};

export type MatchFeatures = Record<keyof MatchWeights, number> & { sharedFigures: string[] };

const overlap = (query: Set<string>, doc: Set<string>) => [...query].filter((x) => doc.has(x));

/**
 * Second stage: BM25 from Postgres plus agreement a reader would notice: shared two-word phrases
 * (in the claim and in the fact-check title), the same figures (and figures the earlier claim has
 * that the new text lacks), and trigram similarity that survives spelling differences.
 */
export function matchFeatures(queryVector: string, queryText: string, c: MatchCandidate): MatchFeatures {
  const qPairs = bigrams(lexemeSequence(queryVector));
  const norm = Math.max(1, Math.sqrt(qPairs.size));
  const qFigures = figuresIn(queryText);
  const docFigures = figuresIn(c.claimReviewed);
  const shared = overlap(qFigures, docFigures);
  return {
    claim: c.claimBm25,
    title: c.titleBm25,
    phrase: overlap(qPairs, bigrams(lexemeSequence(c.claimVector))).length / norm,
    titlePhrase: overlap(qPairs, bigrams(lexemeSequence(c.verdictVector))).length / norm,
    figures: shared.length,
    figureMiss: qFigures.size > 0 ? -(docFigures.size - shared.length) : 0,
    trigram: c.trigram,
    titleTrigram: c.titleTrigram,
    sharedFigures: shared,
  };
}

export function weighted(f: MatchFeatures, w: MatchWeights = MATCH_WEIGHTS): number {
  return (
    w.claim * f.claim +
    w.title * f.title +
    w.phrase * f.phrase +
    w.titlePhrase * f.titlePhrase +
    w.figures * f.figures +
    w.figureMiss * f.figureMiss +
    w.trigram * f.trigram +
    w.titleTrigram * f.titleTrigram
  );
}
