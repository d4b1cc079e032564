// Next's own file-system cache handler (its default; internal path, pinned with the exact `next`
// version in package.json), minus one thing: 404s and redirects are not stored. Otherwise every
// unknown /claims/*, /articles/* or /feeds/* name, and every /verdicts filter naming something never
// published (answered with a redirect to the filter without it), would write a cache entry, and the
// disk would grow with whatever visitors type. Real pages are cached as before; e2e/cache-bounds.spec.ts
// checks both.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const STORED_KINDS = new Set(['APP_PAGE', 'PAGES', 'APP_ROUTE']);
const notKept = (status) => status === 404 || (status >= 300 && status < 400);

export default class SkipNotFoundCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (STORED_KINDS.has(data?.kind) && notKept(data.status)) return;
    return super.set(key, data, ctx);
  }
}
