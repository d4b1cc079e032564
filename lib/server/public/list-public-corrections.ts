import 'server-only';
import { db } from '../db';
import { PUBLIC_CLAIM_WHERE } from './read-model';

/** Public read: every correction on a currently published verdict, newest first. */
export function listPublicCorrections() {
  return db.correction.findMany({
    where: { claim: PUBLIC_CLAIM_WHERE },
    orderBy: { createdAt: 'desc' },
    select: { id: true, body: true, createdAt: true, claim: { select: { slug: true, claimReviewed: true } } },
  });
}
