import { withoutSignatures } from './post-signature';

const URL = /(?:https?:\/\/|pic\.twitter\.com\/|www\.)\S*/giu;
const CAMEL_BOUNDARY = /(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)/gu;

/**
 * What a pasted post says, without what only identifies the post: the "— Name (@handle) date"
 * signatures, links and picture links, "RT", and the @/# marks (their words are kept and split,
 * #DefundTheCBC → "Defund The CBC", since hashtags often name the claim's subject).
 */
export function cleanQueryText(text: string): string {
  return withoutSignatures(text)
    .replace(URL, ' ')
    .replace(/\bRT\b/gu, ' ')
    .replace(/[#@](\w+)/gu, (_m, word: string) => ` ${word.replace(CAMEL_BOUNDARY, ' ')} `)
    .replace(/\s+/gu, ' ')
    .trim();
}
