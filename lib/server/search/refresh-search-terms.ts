import type { PrismaClient } from '@/generated/prisma/client';

/**
 * Rebuilds the claim vocabulary (word → number of claims holding it) that typo correction and
 * matching read. A full pass over the claims' text vectors: run after imports and bulk loads, not
 * per keystroke; until then new words are still found exactly, only not as corrections.
 */
export async function refreshSearchTerms(
  client: Pick<PrismaClient, '$transaction' | '$executeRaw'>,
): Promise<void> {
  await client.$transaction([
    client.$executeRaw`DELETE FROM "SearchTerm"`,
    client.$executeRaw`INSERT INTO "SearchTerm" ("word", "ndoc") SELECT word, ndoc FROM ts_stat('SELECT "searchVector" FROM "Claim"')`,
  ]);
}
