import 'server-only';
import { proposeClaim } from '@/lib/claim-proposal/propose-claim';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/app-error';
import type { ActingUser } from '@/lib/server/acting-user';

/** The "make a claim" form for selected words: the extractor's proposal, the other claims' spans and the known speakers. */
export async function getNewClaimForm(
  _reader: ActingUser,
  articleId: string,
  span: { start: number; end: number },
) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, text: true },
  });
  if (!article) throw new AppError('NOT_FOUND', 'No such article.');
  const [others, speakers] = await Promise.all([
    db.claim.findMany({
      where: { articleId, mergedIntoId: null },
      select: { id: true, startOffset: true, endOffset: true, claimReviewed: true },
    }),
    db.speaker.findMany({ orderBy: { name: 'asc' }, select: { name: true } }),
  ]);
  const valid =
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end <= article.text.length &&
    span.end > span.start;
  return {
    article,
    proposal: valid ? proposeClaim(article.text, span.start, span.end) : null,
    others: others.map((o) => ({ id: o.id, start: o.startOffset, end: o.endOffset, label: o.claimReviewed })),
    speakers: speakers.map((s) => s.name),
  };
}
