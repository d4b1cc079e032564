/** Irregular past-tense forms, for telling a reported past event from a present state or a plan. */
export const IRREGULAR_PAST = new Set(
  'was were had did said took got made gave went came sold bought paid lost won beat left put ran told knew saw brought built spent sent kept held found became fell rose grew wrote met cut led meant began broke chose stole shot sought struck threw understood thought'.split(
    ' ',
  ),
);

export const isPastTense = (word: string) => IRREGULAR_PAST.has(word) || word.endsWith('ed');

/** "want" → "wants", "do" → "does", "try" → "tries": the verb form that follows a name instead of "I". */
export function thirdPerson(verb: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
