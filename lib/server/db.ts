import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { env } from '@/lib/env';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// `next build` imports this module but runs no query, so the URL is only required at run time
// (instrumentation.ts checks the whole environment when the server starts).
const building = process.env.NEXT_PHASE === 'phase-production-build';

function createClient(): PrismaClient {
  const connectionString = building ? process.env.DATABASE_URL : env().DATABASE_URL;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

// One client per process: dev hot-reload would otherwise open a new pool on every edit.
export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
