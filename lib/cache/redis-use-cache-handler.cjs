// Next's `cacheHandlers` entry for `'use cache'` (Cache Components): the same Redis as the page and
// data cache, so a tag updated on one instance is expired on all. Loaded only when REDIS_URL is set.
module.exports = require('@trieb.work/nextjs-turbo-redis-cache').redisCacheHandler;
