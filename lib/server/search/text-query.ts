import type { SqlClient } from './sql-client';

type Word = { word: string; alts: string[] };

const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * Turns what a person typed into a tsquery (as text, passed on as a parameter): web-search syntax
 * ("phrases", -exclusions, or) with each word widened to close spellings from the claim vocabulary,
 * so "Anchorge" finds "Anchorage" and "Zelensky" finds "Zelenskyy". Unknown or rare words get a
 * looser match than common ones, and short common words are left alone (else "war" would find "ward").
 * Returns null when nothing searchable is left (only stop words or punctuation).
 */
export async function resolveTextQuery(client: SqlClient, text: string): Promise<string | null> {
  const [row] = await client.$queryRaw<{ query: string; words: Word[] }[]>`
    SELECT websearch_to_tsquery('claimdesk', ${text})::text AS query,
      coalesce((
        SELECT json_agg(json_build_object('word', lex.word, 'alts', ARRAY(
          SELECT s.word FROM "SearchTerm" s
          WHERE s.word % lex.word AND s.word <> lex.word
            AND similarity(s.word, lex.word) >= CASE WHEN coalesce(t.ndoc, 0) <= 1 THEN 0.4 ELSE 0.55 END
            AND (coalesce(t.ndoc, 0) <= 1 OR length(lex.word) >= 6)
          ORDER BY similarity(s.word, lex.word) DESC, s.ndoc DESC
          LIMIT 3)))
        FROM unnest(tsvector_to_array(to_tsvector('claimdesk', ${text}))) AS lex(word)
        LEFT JOIN "SearchTerm" t ON t.word = lex.word
      ), '[]'::json) AS words`;
  if (!row.query) return null;
  const alts = new Map(row.words.filter((w) => w.alts.length > 0).map((w) => [w.word, w.alts]));
  return row.query.replace(/'((?:[^']|'')*)'/g, (token, body: string) => {
    const more = alts.get(body.replace(/''/g, "'").replace(/\\\\/g, '\\'));
    return more ? `( ${[token, ...more.map(quote)].join(' | ')} )` : token;
  });
}
