import 'server-only';
import { CHECKWORTHY_THRESHOLD, extractClaims } from '@/lib/claims/extract-claims';
import type { Model } from '@/lib/claims/checkworthiness-model';
import { uniqueSlug } from '@/lib/slug';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { writeAudit } from '../audit';
import { insertClaims } from '../claims/insert-claims';

type Batch = { id: string; outlet: string; publishedAt: Date };
type Item = { id: string; title: string; text: string };

/**
 * Saves one file of a bulk import as an article with the claims the extractor suggests (those at or
 * above the threshold), in one transaction with its audit event. A suggestion whose speaker the
 * extractor could not tell is left for review on the article rather than saved under a guess.
 * Returns false when another attempt of the job already saved this file.
 */
export async function saveBulkImportItem(actor: ActingUser, batch: Batch, item: Item, model?: Model) {
  const suggested = extractClaims(item.text, { model }).filter((s) => s.score >= CHECKWORTHY_THRESHOLD);
  const named = suggested.flatMap((s) => (s.speaker ? [{ ...s, speaker: s.speaker }] : []));
  return db.$transaction(async (tx) => {
    // Taking the row first makes a second attempt running at the same time wait here, then skip.
    const { count } = await tx.bulkImportItem.updateMany({
      where: { id: item.id, articleId: null },
      data: { needSpeaker: suggested.length - named.length },
    });
    if (count === 0) return false;
    const article = await tx.article.create({
      data: {
        title: item.title,
        outlet: batch.outlet,
        publishedAt: batch.publishedAt,
        text: item.text,
        slug: uniqueSlug(item.title),
      },
    });
    const claims = await insertClaims(tx, article.id, named);
    await tx.bulkImportItem.update({ where: { id: item.id }, data: { articleId: article.id, claims } });
    await tx.bulkImport.update({ where: { id: batch.id }, data: { done: { increment: 1 } } });
    await writeAudit(tx, actor, {
      action: 'article.import',
      entityType: 'Article',
      entityId: article.id,
      after: { title: article.title, characters: article.text.length, claims, bulkImportId: batch.id },
    });
    return true;
  });
}
