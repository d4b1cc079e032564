import { afterAll, describe, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { createUser } from '@/prisma/factories';
import { acting } from '@/prisma/test-world';
import { importArticle } from './import-article';

const db = scriptClient();
afterAll(() => db.$disconnect());

describe('importing articles', () => {
  it('two imports naming the same new speaker at once both succeed and share one speaker', async () => {
    const editor = acting(await createUser(db, { role: 'EDITOR' }));
    const speaker = `Minister ${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const text = 'Unemployment fell to 3 percent last year.';
    const input = (title: string) => ({
      title,
      outlet: 'Wire',
      publishedAt: new Date('2025-01-01T00:00:00Z'),
      text,
      claims: [
        {
          quote: text,
          start: 0,
          end: text.length,
          speaker,
          kind: 'STATISTIC' as const,
          score: 0.8,
          claimReviewed: 'Unemployment fell to 3 percent',
          quantity: null,
        },
      ],
      decisions: [],
    });
    const results = await Promise.all([
      importArticle(editor, input('First import')),
      importArticle(editor, input('Second import')),
    ]);
    expect(results.map((r) => r.claimCount)).toEqual([1, 1]);
    expect(await db.speaker.count({ where: { name: speaker } })).toBe(1);
    expect(await db.claim.count({ where: { speaker: { name: speaker } } })).toBe(2);
  });
});
