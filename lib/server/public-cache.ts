import 'server-only';
import { unstable_cache } from 'next/cache';

/** Tag on every cached public read; publishing, unpublishing and corrections expire it. */
export const PUBLIC_TAG = 'public-verdicts';

/** What a value becomes after a JSON round trip: Dates arrive as ISO strings. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

/**
 * Caches a public read across requests so anonymous views cost no database query, without
 * prerendering at build time (a build must not need the database). Results pass through JSON, and
 * the type says so: dates come back as strings (lib/dates.ts formats both).
 */
export function cachedPublic<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  key: string,
): (...args: A) => Promise<Jsonified<R>> {
  return unstable_cache(fn, [key], { tags: [PUBLIC_TAG] }) as unknown as (
    ...args: A
  ) => Promise<Jsonified<R>>;
}
