import { describe, expect, it } from 'vitest';
import { cleanQueryText } from './clean-query-text';
import { wordVectors } from './word-vectors';

describe('cleaning a pasted post before matching', () => {
  it('drops the signature tail, links and handle marks but keeps hashtag words', () => {
    const post =
      'DEFUND. CBC. NOW. "CBC deletes Trump from Home Alone 2" #DefundTheCBChttps://t.co/CsHG8R9cHp — Brad Trost 🇨🇦 (@BradTrostCPC) December 26, 2019';
    expect(cleanQueryText(post, new Map())).toBe(
      'DEFUND. CBC. NOW. "CBC deletes Trump from Home Alone 2" Defund The CBC',
    );
  });

  it('leaves ordinary text alone', () => {
    expect(cleanQueryText('5,000 to 7,000 soldiers a week — every week', new Map())).toBe(
      '5,000 to 7,000 soldiers a week — every week',
    );
  });

  it('splits a lowercase hashtag run together into common words, and leaves names and words whole', async () => {
    const { rows } = await wordVectors();
    expect(cleanQueryText('Terrifying #poisonwaterbottles #contaminatedwater', rows)).toBe(
      'Terrifying poisonwaterbottles poison water bottles contaminatedwater contaminated water',
    );
    expect(cleanQueryText('Ask @kendallybrown about #vaccines', rows)).toBe(
      'Ask kendallybrown about vaccines',
    );
  });
});
