import 'server-only';
import { db } from '../db';

/** Public read: every correction on a currently published verdict, newest first. */
export function listPublicCorrections() {
  return db.correction.findMany({
    where: { claim: { status: 'PUBLISHED', publishedVerdictId: { not: null } } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, body: true, createdAt: true, claim: { select: { slug: true, claimReviewed: true } } },
  });
}
