// Next's own file-system cache handler (its default; internal path, pinned with the exact `next`
// version in package.json), minus one thing: rendered 404 pages are not stored. Otherwise every
// unknown /claims/* or /articles/* slug an anonymous visitor requests writes a cache entry and the
// disk grows without limit. Real pages are cached as before; e2e/cache-bounds.spec.ts checks both.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

export default class SkipNotFoundCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if ((data?.kind === 'APP_PAGE' || data?.kind === 'PAGES') && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}
