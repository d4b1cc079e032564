import { describe, expect, it } from 'vitest';
import { cleanQueryText } from './clean-query-text';

describe('cleaning a pasted post before matching', () => {
  it('drops the signature tail, links and handle marks but keeps hashtag words', () => {
    const post =
      'DEFUND. CBC. NOW. "CBC deletes Trump from Home Alone 2" #DefundTheCBChttps://t.co/CsHG8R9cHp — Brad Trost 🇨🇦 (@BradTrostCPC) December 26, 2019';
    expect(cleanQueryText(post)).toBe(
      'DEFUND. CBC. NOW. "CBC deletes Trump from Home Alone 2" Defund The CBC',
    );
  });

  it('leaves ordinary text alone', () => {
    expect(cleanQueryText('5,000 to 7,000 soldiers a week — every week')).toBe(
      '5,000 to 7,000 soldiers a week — every week',
    );
  });
});
