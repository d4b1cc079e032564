import 'server-only';
import { unstable_cache } from 'next/cache';

/** Tag on every cached public read; publishing, unpublishing and corrections expire it. */
export const PUBLIC_TAG = 'public-verdicts';

/**
 * Caches a public read across requests so anonymous views cost no database query, without
 * prerendering at build time (a build must not need the database). Results pass through JSON, so
 * cached functions return strings for dates.
 */
export function cachedPublic<A extends unknown[], R>(fn: (...args: A) => Promise<R>, key: string) {
  return unstable_cache(fn, [key], { tags: [PUBLIC_TAG] });
}
