import { cleanQueryText } from './clean-query-text';
import { readMatchText } from './match-candidates-sql';
import { vectorWords } from './soft-word-overlap';
import type { SqlClient } from './sql-client';
import { wordVectors } from './word-vectors';

/**
 * A pasted text as matching reads it: cleaned (the cleaning needs the word vectors' vocabulary),
 * cut to 2,000 characters, with its words' rarity and its search vector from Postgres. Null when
 * nothing is left to match.
 */
export async function readMatchQuery(client: SqlClient, rawText: string) {
  // Loaded once per process (about 1 s) and kept.
  const vectors = await wordVectors();
  const text = cleanQueryText(rawText, vectors.rows).slice(0, 2000);
  if (!text) return null;
  return { text, vectors, matchText: await readMatchText(client, text, vectorWords(text)) };
}
