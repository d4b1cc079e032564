import 'server-only';
import { db } from '../db';
import { PUBLIC_CLAIM_WHERE } from '../public/read-model';

/** Public read: published claims an editor linked to this one (either direction), for "Also checked". */
export async function listAlsoChecked(claimId: string) {
  const rows = await db.claim.findMany({
    where: {
      ...PUBLIC_CLAIM_WHERE,
      OR: [{ linksFrom: { some: { earlierId: claimId } } }, { linksTo: { some: { claimId } } }],
    },
    orderBy: { publishedAt: 'desc' },
    take: 10,
    select: {
      slug: true,
      claimReviewed: true,
      publishedAt: true,
      publishedVerdict: { select: { rating: true } },
    },
  });
  return rows.flatMap(({ publishedVerdict, ...c }) =>
    publishedVerdict ? [{ ...c, rating: publishedVerdict.rating }] : [],
  );
}
