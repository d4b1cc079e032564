import 'server-only';
import { db } from '../db';

/** The speakers and articles that have published verdicts, for the public filter menus. */
export async function listVerdictFacets() {
  const published = { status: 'PUBLISHED' as const, publishedVerdictId: { not: null } };
  const [speakers, articles] = await Promise.all([
    db.speaker.findMany({ where: { claims: { some: published } }, orderBy: { name: 'asc' }, select: { name: true } }),
    db.article.findMany({ where: { claims: { some: published } }, orderBy: { publishedAt: 'desc' }, select: { slug: true, title: true } }),
  ]);
  return { speakers: speakers.map((s) => s.name), articles };
}
