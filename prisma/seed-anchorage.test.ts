import { afterAll, describe, expect, it } from 'vitest';
import { CHECKWORTHY_THRESHOLD } from '../lib/claims/extract-claims';
import { scriptClient } from './client';
import { ANCHORAGE_ARTICLE, TRUMP } from './anchorage';
import { seedAnchorage } from './seed-anchorage';

const db = scriptClient();
afterAll(() => db.$disconnect());

describe('Anchorage seed', () => {
  it('stores the engine’s claims anchored to their exact words, attributed to Trump, and is idempotent', async () => {
    await seedAnchorage(db);
    await seedAnchorage(db);
    const articles = await db.article.findMany({
      where: { slug: ANCHORAGE_ARTICLE.slug },
      include: { claims: { include: { speaker: true }, orderBy: { startOffset: 'asc' } } },
    });
    expect(articles).toHaveLength(1);
    const [{ text, claims }] = articles;
    for (const c of claims) {
      expect(text.slice(c.startOffset, c.endOffset)).toBe(c.quote);
      expect(c.score).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
      expect(c.speaker).toMatchObject({ name: TRUMP.name, sameAs: TRUMP.sameAs });
    }
    expect(new Set(claims.map((c) => c.slug)).size).toBe(claims.length);

    const claim = (words: string) => claims.find((c) => c.quote.includes(words));
    expect(claim('5,000, 6,000, 7,000 people a week from being killed')).toMatchObject({
      kind: 'CASUALTY_FIGURE',
      quantityMin: 5000,
      quantityMax: 7000,
      quantityUnit: 'people killed',
      quantityPeriod: 'week',
      claimReviewed: 'Trump said 5,000–7,000 people a week are being killed',
    });
    expect(claim('what was done was very criminal')).toMatchObject({
      quote: 'what was done was very criminal',
      kind: 'CHARACTERISATION',
    });
    expect(claims.filter((c) => c.kind === 'HOAX_ASSERTION').map((c) => c.quote)).toEqual(
      expect.arrayContaining([
        'We were interfered with the Russia, Russia, Russia hoax',
        "He's seen it all but had to put up with the Russia, Russia, Russia hoax",
        'He knew it was a hoax, I knew it was a hoax',
      ]),
    );
    for (const words of ['I will call up NATO', "Let's do the most productive one", 'I would like to thank'])
      expect(claim(words), words).toBeUndefined();
  });
});
