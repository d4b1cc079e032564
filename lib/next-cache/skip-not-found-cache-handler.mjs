// Next's own file-system cache handler (its default; internal path, pinned with the exact `next`
// version in package.json), minus 404s and redirects (see not-kept.mjs). Real pages are cached as
// before; e2e/cache-bounds.spec.ts checks both.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { notKept } from './not-kept.mjs';

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

export default class SkipNotFoundCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (notKept(data)) return;
    return super.set(key, data, ctx);
  }
}
