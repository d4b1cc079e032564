export type Quantity = { min: number; max: number; unit: string; period?: string };

const NUMBER = /\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?/g;
const PERIOD = /\b(?:a|per|each|every)\s+(day|week|month|year)\b/i;

/** Reads the figure a sentence asserts: "5,000, 6,000, 7,000 people a week" → 5000–7000 people per week. */
export function parseQuantity(sentence: string): Quantity | null {
  const numbers = [...sentence.matchAll(NUMBER)].map((m) => Number(m[0].replaceAll(',', '')));
  if (numbers.length === 0) return null;
  const killed = /\b(killed|dead|deaths|died|casualties)\b/i.test(sentence);
  const unitMatch = sentence.match(/\d[\d,.]*\s+(people|patients|soldiers|civilians|percent|dollars|pounds|jobs)\b/i);
  const unit = unitMatch ? `${unitMatch[1].toLowerCase()}${killed && /people|soldiers|civilians/i.test(unitMatch[1]) ? ' killed' : ''}` : 'count';
  return { min: Math.min(...numbers), max: Math.max(...numbers), unit, period: sentence.match(PERIOD)?.[1].toLowerCase() };
}
