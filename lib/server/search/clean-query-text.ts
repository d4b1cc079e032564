import { withoutSignatures } from './post-signature';
import { splitRunTogether } from './split-run-together';

const URL = /(?:https?:\/\/|pic\.twitter\.com\/|www\.)\S*/giu;
const CAMEL_BOUNDARY = /(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)/gu;

/**
 * What a pasted post says, without what only identifies the post: the "— Name (@handle) date"
 * signatures, links and picture links, "RT", and the @/# marks (their words are kept and split,
 * #DefundTheCBC → "Defund The CBC", since hashtags often name the claim's subject). A lowercase
 * one run together is also split into the words of `vocabulary` (words by frequency rank):
 * #tamperedwater → "tamperedwater tampered water".
 */
export function cleanQueryText(text: string, vocabulary: Map<string, number>): string {
  const words = (tag: string) => {
    const split = /^[a-z]+$/u.test(tag) ? splitRunTogether(tag, vocabulary) : null;
    return split ? `${tag} ${split.join(' ')}` : tag.replace(CAMEL_BOUNDARY, ' ');
  };
  return withoutSignatures(text)
    .replace(URL, ' ')
    .replace(/\bRT\b/gu, ' ')
    .replace(/[#@](\w+)/gu, (_m, tag: string) => ` ${words(tag)} `)
    .replace(/\s+/gu, ' ')
    .trim();
}
