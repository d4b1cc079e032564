import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { devDatabaseUrl } from './scripts/dev-database';

// The Prisma CLI downloads a native schema engine at start-up, which offline machines cannot do;
// the repo ships a stand-in that runs the same engine as WebAssembly.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(
  import.meta.dirname,
  'scripts',
  'prisma-schema-engine.mjs',
);

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.mts' },
  // Without DATABASE_URL, the CLI talks to the embedded Postgres that `npm run dev` starts.
  datasource: { url: process.env.DATABASE_URL ?? devDatabaseUrl() },
});
