import 'server-only';
import type { Tx } from '@/lib/server/db';

/** The public pages that show a speaker, so a change to the speaker renders them again. */
export function publishedClaimsOf(tx: Tx, speakerIds: string[]) {
  return tx.claim
    .findMany({
      where: { speakerId: { in: speakerIds }, status: 'PUBLISHED' },
      select: { slug: true, article: { select: { slug: true } } },
    })
    .then((rows) => rows.map((r) => ({ slug: r.slug, articleSlug: r.article.slug })));
}
