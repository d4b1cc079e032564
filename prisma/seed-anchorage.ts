import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '../generated/prisma/client';
import { ANCHORAGE_ARTICLE, ANCHORAGE_CLAIMS, TRUMP } from './anchorage';
import { claimSlug, createArticle, createClaim, upsertSpeaker } from './factories';

export const ANCHORAGE_TEXT = readFileSync(path.join(import.meta.dirname, 'anchorage-press-conference.txt'), 'utf8');

/** Idempotent: running it twice leaves one article with one copy of each claim. */
export async function seedAnchorage(db: PrismaClient) {
  const article = await createArticle(db, { ...ANCHORAGE_ARTICLE, text: ANCHORAGE_TEXT });
  const speaker = await upsertSpeaker(db, TRUMP);
  for (const [i, seed] of ANCHORAGE_CLAIMS.entries()) {
    await createClaim(db, article, speaker.id, seed, { slug: claimSlug(seed.claimReviewed, `a${i + 1}`) });
  }
  return article;
}
