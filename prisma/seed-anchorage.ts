import type { PrismaClient } from '../generated/prisma/client';
import { ANCHORAGE_ARTICLE, anchorageClaims, TRUMP } from './anchorage';
import { ANCHORAGE_TEXT } from './anchorage-text';
import { uniqueSlug } from '../lib/slug';
import { createArticle, createClaim, upsertSpeaker } from './factories';

/** Idempotent: running it twice leaves one article with one copy of each claim. */
export async function seedAnchorage(db: PrismaClient) {
  const article = await createArticle(db, { ...ANCHORAGE_ARTICLE, text: ANCHORAGE_TEXT });
  await upsertSpeaker(db, TRUMP);
  for (const { seed, speaker } of anchorageClaims(article.text)) {
    const { id } = await upsertSpeaker(db, speaker);
    // The offset keeps the slug stable across runs and unique within the article.
    await createClaim(db, article, id, seed, { slug: uniqueSlug(seed.claimReviewed, `a${seed.start}`) });
  }
  return article;
}
