import 'server-only';
import { db } from '../db';

/**
 * The speakers and articles that have published verdicts, for the public filter menus, and how many
 * verdicts there are: the only filter values and pages the verdict list accepts.
 */
export async function listVerdictFacets() {
  const published = { status: 'PUBLISHED' as const, publishedVerdictId: { not: null } };
  const [speakers, articles, total] = await Promise.all([
    db.speaker.findMany({ where: { claims: { some: published } }, orderBy: { name: 'asc' }, select: { name: true } }),
    db.article.findMany({ where: { claims: { some: published } }, orderBy: { publishedAt: 'desc' }, select: { slug: true, title: true } }),
    db.claim.count({ where: published }),
  ]);
  return { speakers: speakers.map((s) => s.name), articles, total };
}
