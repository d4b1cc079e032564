import 'server-only';
import { uniqueSlug } from '@/lib/slug';
import type { ImportArticleInput } from '@/lib/validation/article-import';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { claimIdempotencyKey } from '../idempotency-key';
import { recordReviewDecisions } from '../extraction/record-review-decisions';
import { insertClaims } from '../claims/insert-claims';

export async function importArticle(
  user: ActingUser,
  { claims, decisions, idempotencyKey, ...article }: ImportArticleInput,
) {
  assertAllowed(user, 'article.import');
  return db.$transaction(async (tx) => {
    await claimIdempotencyKey(tx, idempotencyKey, 'article.import');
    const created = await tx.article.create({ data: { ...article, slug: uniqueSlug(article.title) } });
    const claimCount = await insertClaims(tx, created.id, claims);
    const examples = await recordReviewDecisions(tx, user, decisions);
    await writeAudit(tx, user, {
      action: 'article.import',
      entityType: 'Article',
      entityId: created.id,
      after: {
        title: created.title,
        characters: created.text.length,
        claims: claimCount,
        reviewDecisions: examples,
      },
    });
    return { article: created, claimCount };
  });
}
