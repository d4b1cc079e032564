import { afterAll, describe, expect, it } from 'vitest';
import { scriptClient } from './client';
import { ANCHORAGE_ARTICLE } from './anchorage';
import { seedAnchorage } from './seed-anchorage';

const db = scriptClient();
afterAll(() => db.$disconnect());

describe('Anchorage seed', () => {
  it('anchors every claim to its exact words in the article, and is idempotent', async () => {
    await seedAnchorage(db);
    await seedAnchorage(db);
    const articles = await db.article.findMany({ where: { slug: ANCHORAGE_ARTICLE.slug }, include: { claims: { include: { speaker: true } } } });
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article.claims.length).toBeGreaterThanOrEqual(10);
    for (const c of article.claims) expect(article.text.slice(c.startOffset, c.endOffset)).toBe(c.quote);
    const casualty = article.claims.find((c) => c.kind === 'CASUALTY_FIGURE');
    expect(casualty).toMatchObject({ quantityMin: 5000, quantityMax: 7000, quantityPeriod: 'week' });
    expect(casualty?.speaker.sameAs).toBe('https://www.wikidata.org/wiki/Q22686');
    expect(article.claims.filter((c) => c.kind === 'HOAX_ASSERTION').length).toBe(3);
  });
});
