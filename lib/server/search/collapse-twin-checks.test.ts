import { describe, expect, it } from 'vitest';
import { collapseTwinChecks } from './collapse-twin-checks';

const check = (id: string, claimReviewed: string, score: number, published: string | null) => ({
  id,
  claimReviewed,
  score,
  publishedAt: published ? new Date(published) : null,
});

describe('previously checked lists each published check once', () => {
  it('shows the first-published copy of a check repeated with other quote marks, where its best copy ranks', () => {
    const ranked = [
      check('reimport', "CVS is a 'major donor' to the campaign.", 9, '2020-03-01'),
      check('other', 'CVS closed 900 stores.', 8, '2020-02-01'),
      check('original', 'CVS is a “major donor” to the campaign.', 7, '2020-01-01'),
    ];
    expect(collapseTwinChecks(ranked).map((m) => [m.id, m.score])).toEqual([
      ['original', 9],
      ['other', 8],
    ]);
  });

  it('keeps two drafts of one sentence apart, and a draft apart from a published copy', () => {
    const ranked = [
      check('draft-a', 'Prices rose 40% last year.', 9, null),
      check('draft-b', 'Prices rose 40% last year.', 8, null),
      check('published', 'Prices rose 40% last year.', 7, '2020-01-01'),
    ];
    expect(collapseTwinChecks(ranked).map((m) => m.id)).toEqual(['draft-a', 'draft-b', 'published']);
  });
});
