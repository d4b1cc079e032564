import 'server-only';
import { db } from '../db';
import {
  PUBLIC_CLAIM_WHERE,
  PUBLISHED_CLAIM_SELECT,
  shapePublishedClaim,
  type PublishedClaim,
} from './read-model';

/** Public read for the sitemap and feeds: the newest published claims, in one query. */
export async function listPublishedClaimReviews(limit = 1000): Promise<PublishedClaim[]> {
  const rows = await db.claim.findMany({
    where: PUBLIC_CLAIM_WHERE,
    orderBy: { publishedAt: 'desc' },
    take: limit,
    select: PUBLISHED_CLAIM_SELECT,
  });
  return rows.map(shapePublishedClaim).filter((c) => c !== null);
}
