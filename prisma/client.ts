import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

/** A Prisma client for scripts and tests, which run outside Next and its server-only db module. */
export function scriptClient(url = process.env.DATABASE_URL): PrismaClient {
  if (!url) throw new Error('DATABASE_URL is not set.');
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}
