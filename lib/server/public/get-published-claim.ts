import 'server-only';
import { db } from '../db';
import { PUBLISHED_CLAIM_SELECT, PUBLISHED_WHERE, shapePublishedClaim } from './published-claim-shape';

export type { PublishedClaim } from './published-claim-shape';

/** Public read: one published claim by slug; null means 404. */
export async function getPublishedClaim(slug: string) {
  const row = await db.claim.findFirst({ where: { slug, ...PUBLISHED_WHERE }, select: PUBLISHED_CLAIM_SELECT });
  return row ? shapePublishedClaim(row) : null;
}
