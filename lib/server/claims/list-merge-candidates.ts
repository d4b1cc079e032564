import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/server/db';
import type { ActingUser } from '@/lib/server/acting-user';

const select = {
  id: true,
  claimReviewed: true,
  quote: true,
  status: true,
  speaker: { select: { name: true } },
  article: { select: { title: true } },
  _count: { select: { sources: { where: { removedAt: null } }, notes: { where: { removedAt: null } } } },
} satisfies Prisma.ClaimSelect;

// Still open work, not published (a published duplicate would need a correction to disappear).
const open = {
  mergedIntoId: null,
  publishedVerdictId: null,
  status: { not: 'ARCHIVED' },
} satisfies Prisma.ClaimWhereInput;

/** Claims that may duplicate this one: the rest of its article, and the speaker's newest claims elsewhere. */
export async function listMergeCandidates(
  _reader: ActingUser,
  claim: { id: string; articleId: string; speakerId: string },
) {
  const [sameArticle, sameSpeaker] = await Promise.all([
    db.claim.findMany({
      where: { ...open, id: { not: claim.id }, articleId: claim.articleId },
      orderBy: { startOffset: 'asc' },
      take: 200,
      select,
    }),
    db.claim.findMany({
      where: { ...open, speakerId: claim.speakerId, articleId: { not: claim.articleId } },
      orderBy: { createdAt: 'desc' },
      take: 20,
      select,
    }),
  ]);
  return { sameArticle, sameSpeaker };
}
