import type { PrismaClient } from '../../generated/prisma/client';
import { refreshSearchTerms } from '../../lib/server/search/refresh-search-terms';

export type VerifiedClaim = { id: string; vclaim: string; title: string };

const claimId = (id: string) => `vc-${id}`;
export const verifiedIdOf = (claimIdValue: string) => claimIdValue.slice(3);

/**
 * Stores verified claims the way the app stores published ones: a claim (the claim as checked, also
 * its quote) whose published verdict's conclusion is the fact-check's title. The search columns
 * and the vocabulary are then built by the same database code the app relies on.
 */
export async function loadVerifiedClaims(db: PrismaClient, claims: VerifiedClaim[]): Promise<void> {
  const author = await db.user.create({
    data: {
      email: 'matching-eval@claimdesk.test',
      name: 'Matching evaluation',
      role: 'CHIEF',
      passwordHash: '-',
    },
  });
  const speaker = await db.speaker.create({ data: { name: 'Unattributed' } });
  const article = await db.article.create({
    data: {
      slug: 'verified-claims',
      title: 'Verified claims',
      outlet: 'CLEF CheckThat!',
      text: '',
      publishedAt: new Date('2020-01-01T00:00:00Z'),
    },
  });
  // The file has no dates. Its ids number the checks in the order they were collected, taken here
  // as the order they were published (a second apart): it decides which of two identical checks is
  // the original that "previously checked" shows (see collapse-twin-checks.ts).
  const start = Date.parse('2020-01-01T00:00:00Z');
  const publishedAt = (c: VerifiedClaim, index: number) =>
    new Date(start + (Number.isFinite(Number(c.id)) ? Number(c.id) : index) * 1000);
  for (let i = 0; i < claims.length; i += 1000) {
    const batch = claims.slice(i, i + 1000);
    await db.claim.createMany({
      data: batch.map((c, j) => ({
        id: claimId(c.id),
        slug: `verified-${c.id}`,
        articleId: article.id,
        speakerId: speaker.id,
        quote: c.vclaim,
        startOffset: i + j,
        endOffset: i + j,
        claimReviewed: c.vclaim,
        kind: 'OTHER' as const,
        score: 1,
        status: 'PUBLISHED' as const,
        publishedAt: publishedAt(c, i + j),
      })),
    });
    await db.verdict.createMany({
      data: batch.map((c, j) => ({
        id: `vv-${c.id}`,
        claimId: claimId(c.id),
        rating: 'FALSE' as const,
        conclusion: c.title,
        rationale: '',
        authorId: author.id,
        approvedAt: publishedAt(c, i + j),
      })),
    });
  }
  await db.$executeRaw`UPDATE "Claim" SET "publishedVerdictId" = 'vv-' || substr(id, 4) WHERE id LIKE 'vc-%'`;
  await refreshSearchTerms(db);
  await db.$executeRaw`ANALYZE`;
}
