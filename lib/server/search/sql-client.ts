import type { PrismaClient } from '@/generated/prisma/client';

/** Anything that can run a raw query: the app's client, a transaction, or a script's own client. */
export type SqlClient = Pick<PrismaClient, '$queryRaw'>;
