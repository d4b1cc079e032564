import 'server-only';
import { db } from '../db';
import { PUBLIC_CLAIM_WHERE } from './read-model';

/** The speakers and articles that have published verdicts, for the public filter menus. */
export async function listVerdictFacets() {
  const [speakers, articles] = await Promise.all([
    db.speaker.findMany({ where: { claims: { some: PUBLIC_CLAIM_WHERE } }, orderBy: { name: 'asc' }, select: { name: true } }),
    db.article.findMany({ where: { claims: { some: PUBLIC_CLAIM_WHERE } }, orderBy: { publishedAt: 'desc' }, select: { slug: true, title: true } }),
  ]);
  return { speakers: speakers.map((s) => s.name), articles };
}
