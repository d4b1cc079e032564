// Capitalised function words start sentences and headlines; they name nothing.
const NOT_NAMES = new Set(
  'the a an and or of to in on for is are was were be by with as at from this that it he she they we you i not no but if so his her their our my your has have had do did does will would can could should just all about more what who when where why how new'.split(
    ' ',
  ),
);

/** Capitalised words (lowercased): a cheap stand-in for the people, places and bodies a text names. */
export function nameWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}'’])\p{Lu}[\p{L}'’]+/gu)) {
    const w = m[0].toLowerCase();
    if (!NOT_NAMES.has(w)) out.add(w);
  }
  return out;
}

/** Every word of a text, lowercased, for checking which names it mentions. */
export function plainWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}[\p{L}'’]+/gu) ?? []);
}
