import 'server-only';
import { db } from '@/lib/server/db';
import type { ActingUser } from '@/lib/server/acting-user';

/** Claims that may be duplicates of this one: same article or same speaker, still open, not published. */
export async function listMergeCandidates(_reader: ActingUser, claim: { id: string; articleId: string; speakerId: string }) {
  return db.claim.findMany({
    where: {
      id: { not: claim.id },
      mergedIntoId: null,
      publishedVerdictId: null,
      status: { notIn: ['ARCHIVED'] },
      OR: [{ articleId: claim.articleId }, { speakerId: claim.speakerId }],
    },
    orderBy: [{ articleId: 'asc' }, { startOffset: 'asc' }],
    take: 200,
    select: {
      id: true,
      claimReviewed: true,
      quote: true,
      status: true,
      speaker: { select: { name: true } },
      article: { select: { title: true } },
      _count: { select: { sources: { where: { removedAt: null } }, notes: { where: { removedAt: null } } } },
    },
  });
}
