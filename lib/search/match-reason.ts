type Quantity = {
  quantityMin: number | null;
  quantityMax: number | null;
  quantityUnit: string | null;
  quantityPeriod: string | null;
};

const STOP = new Set(
  'a an and are as at be but by for from had has have he her his i in is it its of on or our she so that the their them there they this to was we were what when which who will with you your not no do did does said says say about after all also been can could into just more most much one only other over some than then very would'.split(
    ' ',
  ),
);

const figure = (q: Quantity) => {
  const n = (x: number) => x.toLocaleString('en');
  const range =
    q.quantityMax !== null && q.quantityMax !== q.quantityMin
      ? `${n(q.quantityMin!)}–${n(q.quantityMax)}`
      : n(q.quantityMin!);
  return [range, q.quantityUnit, q.quantityPeriod ? `per ${q.quantityPeriod}` : null]
    .filter(Boolean)
    .join(' ');
};

// Inner apostrophes and hyphens only: a closing quote mark is not part of the word ('Russia hoax').
const words = (text: string) => text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?/gu) ?? [];

/**
 * Why an earlier claim was suggested, in words an editor checks at a glance: the same structured
 * figure ("same figure: 5,000–7,000 people killed per week"), else the same figures in the text,
 * else the distinctive words both share ("shares: hoax, Russia, interfered"). Null when they share
 * no figure and no distinctive word besides their speakers' names: every claim by a speaker reads
 * "Trump said …", and listing all of them as checked before would bury the one that was.
 */
export function matchReason(
  current: Quantity & { text: string },
  earlier: Quantity & { text: string },
  speakerNames: string[],
): string | null {
  if (
    current.quantityMin !== null &&
    current.quantityMin === earlier.quantityMin &&
    current.quantityMax === earlier.quantityMax
  ) {
    return `same figure: ${figure(earlier)}`;
  }
  const numbers = (t: string) =>
    new Set((t.match(/\d[\d,.]*\d|\d/gu) ?? []).map((x) => x.replace(/,/gu, '')));
  const mine = numbers(current.text);
  const sharedNumbers = [...numbers(earlier.text)].filter((x) => mine.has(x));
  if (sharedNumbers.length > 0)
    return `same figure: ${sharedNumbers.map((x) => Number(x).toLocaleString('en')).join(', ')}`;
  const names = new Set(speakerNames.flatMap(words).map((w) => w.toLowerCase()));
  const have = new Set(words(current.text).map((w) => w.toLowerCase()));
  const shared: string[] = [];
  for (const w of words(earlier.text)) {
    const key = w.toLowerCase();
    if (w.length < 3 || STOP.has(key) || !have.has(key) || shared.some((s) => s.toLowerCase() === key))
      continue;
    shared.push(w);
  }
  return shared.some((w) => !names.has(w.toLowerCase())) ? `shares: ${shared.slice(0, 4).join(', ')}` : null;
}
