import 'server-only';
import { db } from '../db';
import { PUBLIC_CLAIM_WHERE, PUBLISHED_CLAIM_SELECT, shapePublishedClaim } from './read-model';

export type { PublishedClaim } from './read-model';

/** Public read: one published claim by slug; null means 404. */
export async function getPublishedClaim(slug: string) {
  const row = await db.claim.findFirst({
    where: { slug, ...PUBLIC_CLAIM_WHERE },
    select: PUBLISHED_CLAIM_SELECT,
  });
  return row ? shapePublishedClaim(row) : null;
}
