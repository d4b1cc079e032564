import 'server-only';
import { db } from '../db';
import { PUBLIC_CLAIM_WHERE } from './read-model';

/**
 * The speakers and articles that have published verdicts, for the public filter menus, and how many
 * verdicts there are: the only filter values and pages the verdict list accepts.
 */
export async function listVerdictFacets() {
  const [speakers, articles, total] = await Promise.all([
    db.speaker.findMany({
      where: { claims: { some: PUBLIC_CLAIM_WHERE } },
      orderBy: { name: 'asc' },
      select: { name: true },
    }),
    db.article.findMany({
      where: { claims: { some: PUBLIC_CLAIM_WHERE } },
      orderBy: { publishedAt: 'desc' },
      select: { slug: true, title: true },
    }),
    db.claim.count({ where: PUBLIC_CLAIM_WHERE }),
  ]);
  return { speakers: speakers.map((s) => s.name), articles, total };
}
