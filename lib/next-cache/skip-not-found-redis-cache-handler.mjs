// The shared Redis cache handler (REDIS_URL), minus 404s and redirects, as on one machine
// (see not-kept.mjs); scripts/test-scale.mts checks it.
import RedisCacheHandler from '@trieb.work/nextjs-turbo-redis-cache';
import { notKept } from './not-kept.mjs';

export default class SkipNotFoundRedisCacheHandler extends RedisCacheHandler {
  async set(key, data, ctx) {
    if (notKept(data)) return;
    return super.set(key, data, ctx);
  }
}
