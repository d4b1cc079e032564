import { randomUUID } from 'node:crypto';
import slugify from 'slugify';

/** A readable, unique URL slug: the words first (for readers and search), a short random suffix last. */
export function uniqueSlug(words: string, suffix = randomUUID().slice(0, 8)): string {
  return `${slugify(words, { lower: true, strict: true }).slice(0, 60).replace(/-+$/, '')}-${suffix}`;
}
