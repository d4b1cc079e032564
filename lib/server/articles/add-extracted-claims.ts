import 'server-only';
import type { AddExtractedClaimsInput } from '@/lib/validation/article-import';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { recordReviewDecisions } from '../extraction/record-review-decisions';
import { insertClaims } from '../claims/insert-claims';

/** Adds claims accepted from a re-run of extraction on a saved article; overlaps are skipped. */
export async function addExtractedClaims(
  user: ActingUser,
  { articleId, claims, decisions }: AddExtractedClaimsInput,
) {
  assertAllowed(user, 'article.claims.add');
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { text: true } });
    if (!article) throw new AppError('NOT_FOUND', 'No such article.');
    const bad = claims.findIndex((c) => article.text.slice(c.start, c.end) !== c.quote);
    if (bad >= 0) throw new AppError('INVALID', `Claim ${bad + 1} does not match the article text.`);
    const added = await insertClaims(tx, articleId, claims);
    const examples = await recordReviewDecisions(tx, user, decisions);
    await writeAudit(tx, user, {
      action: 'article.claims.add',
      entityType: 'Article',
      entityId: articleId,
      after: { offered: claims.length, added, reviewDecisions: examples },
    });
    return added;
  });
}
