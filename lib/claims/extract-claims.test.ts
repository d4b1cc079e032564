import { describe, expect, it } from 'vitest';
import { ANCHORAGE_TEXT } from '@/prisma/anchorage-text';
import { VERDICT_WORDS } from './claim-reviewed';
import { CHECKWORTHY_THRESHOLD, extractClaims } from './extract-claims';

const text = ANCHORAGE_TEXT;
const suggestions = extractClaims(text);
const claims = suggestions.filter((s) => s.score >= CHECKWORTHY_THRESHOLD);
const find = (words: string) => suggestions.find((s) => s.quote.includes(words));
/** The suggestion whose span is exactly these words, at the only place they occur in the article. */
const exactly = (quote: string) => {
  const start = text.indexOf(quote);
  expect(start, quote).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(quote, start + 1), `${quote} occurs once`).toBe(-1);
  const found = suggestions.find((s) => s.start === start && s.end === start + quote.length);
  expect(found, quote).toBeDefined();
  return found!;
};

describe('claims in the Anchorage press conference', () => {
  it('keeps exact character offsets for every suggestion', () => {
    expect(suggestions.length).toBeGreaterThan(20);
    for (const s of suggestions) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });

  it('finds the casualty figure with its range and period', () => {
    const casualty = exactly("We're going to stop, 5,000, 6,000, 7,000 people a week from being killed");
    expect(casualty).toMatchObject({
      kind: 'CASUALTY_FIGURE',
      speaker: 'Donald Trump',
      claimReviewed: 'Trump said 5,000–7,000 people a week are being killed',
    });
    expect(casualty.quantity).toEqual({ min: 5000, max: 7000, unit: 'people killed', period: 'week' });
    expect(casualty.score).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
  });

  it('tells the kinds of the article’s assertions apart', () => {
    const expected: [string, string[]][] = [
      ['There were many, many points that we agreed on', ['AGREEMENT']],
      [
        "Most were a couple of big ones that we haven't quite got there, but we had some headway",
        ['AGREEMENT'],
      ],
      [
        "We've become the hottest country anywhere in the world in a short period of time",
        ['CHARACTERISATION', 'STATISTIC'],
      ],
      ["I've always had a fantastic relationship with President Putin, with Vladimir", ['CHARACTERISATION']],
      ['We were interfered with the Russia, Russia, Russia hoax', ['HOAX_ASSERTION']],
      ["He's seen it all but had to put up with the Russia, Russia, Russia hoax", ['HOAX_ASSERTION']],
      ['He knew it was a hoax, I knew it was a hoax', ['HOAX_ASSERTION']],
      ['what was done was very criminal', ['CHARACTERISATION']],
    ];
    for (const [quote, kinds] of expected) expect(kinds, quote).toContain(exactly(quote).kind);
  });

  it('suggests the figure, the hoax assertions and the accusation as claims', () => {
    for (const quote of [
      'We were interfered with the Russia, Russia, Russia hoax',
      "He's seen it all but had to put up with the Russia, Russia, Russia hoax",
      'He knew it was a hoax, I knew it was a hoax',
      'what was done was very criminal',
    ])
      expect(exactly(quote).score, quote).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
  });

  it('attributes every claim to Donald Trump, the quoted speaker', () => {
    expect(claims.length).toBeGreaterThanOrEqual(5);
    for (const c of claims) expect(c.speaker, c.quote).toBe('Donald Trump');
  });

  it('splits a compound sentence into two claims with their own spans', () => {
    const hoax = exactly('He knew it was a hoax, I knew it was a hoax');
    const criminal = exactly('what was done was very criminal');
    expect(hoax.end).toBeLessThan(criminal.start);
    expect(suggestions.filter((s) => s.quote.includes('He knew it was a hoax'))).toHaveLength(1);
    expect(criminal.kind).not.toBe(hoax.kind);
  });

  it('keeps plans, thanks and invitations below the threshold', () => {
    for (const words of [
      'I will call up NATO in a little while',
      "Let's do the most productive one right now",
      'I would like to thank President Putin',
    ]) {
      const s = find(words);
      if (s) expect(s.score, words).toBeLessThan(CHECKWORTHY_THRESHOLD);
    }
    expect(find('I will call up NATO')?.cues).toContainEqual(
      expect.stringMatching(/^the word \(-\d\.\d\d\): “will”$/),
    );
  });

  it('ranks the reporter’s paraphrase below the speaker’s own words', () => {
    const paraphrase = find("the 'Russia hoax' had previously complicated");
    expect(paraphrase?.speaker).toBe('Donald Trump');
    expect(paraphrase?.cues).toContain("reporter's account of what Donald Trump said");
    expect(paraphrase!.score).toBeLessThan(
      exactly('We were interfered with the Russia, Russia, Russia hoax').score,
    );
  });

  it('explains every suggestion with its kind cue and the features that pushed its score', () => {
    for (const s of suggestions) {
      expect(s.cues[0]).toMatch(/^kind: /);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    expect(exactly('what was done was very criminal').cues.join(' ')).toMatch(
      /accuses of wrongdoing \(\+[\d.]+\): “criminal”|the word \(\+[\d.]+\): “criminal”/,
    );
  });

  it('restates claims as whole third-person sentences naming Trump once, without a verdict', () => {
    for (const c of claims) {
      expect(c.claimReviewed, c.quote).not.toMatch(/…|\.\.\.$/);
      expect(c.claimReviewed).not.toMatch(VERDICT_WORDS);
      expect(c.claimReviewed.match(/Trump/g), c.claimReviewed).toHaveLength(1);
      expect(c.claimReviewed, c.quote).not.toMatch(/\b(?:[Ww]e|[Oo]ur|us)\b/);
    }
    expect(
      exactly("I've always had a fantastic relationship with President Putin, with Vladimir").claimReviewed,
    ).toMatch(/^Trump has always had a fantastic relationship/);
    // In Trump's words "he" is Putin, the last other person the article named: not Trump himself.
    expect(exactly('He knew it was a hoax, I knew it was a hoax').claimReviewed).toBe(
      'Trump said Putin knew it was a hoax, he himself knew it was a hoax',
    );
    expect(
      exactly("He's seen it all but had to put up with the Russia, Russia, Russia hoax").claimReviewed,
    ).toBe("Trump said Putin's seen it all but had to put up with the Russia hoax");
  });
});

describe('kinds outside the Anchorage article', () => {
  it('tells casualty figures, statistics, predictions and agreements apart', () => {
    const kindOf = (sentence: string) => extractClaims(sentence)[0]?.kind;
    expect(kindOf('The ministry said there were 20,000 deaths in the region last year.')).toBe(
      'CASUALTY_FIGURE',
    );
    expect(kindOf('Inflation reached 9 percent in 2022.')).toBe('STATISTIC');
    expect(kindOf('Prices will double by 2030.')).toBe('PREDICTION');
    expect(kindOf('Both sides signed a ceasefire agreement on Monday.')).toBe('AGREEMENT');
    expect(kindOf('The election was rigged.')).toBe('HOAX_ASSERTION');
  });
});

describe('long imports', () => {
  it('reports progress in batches and ends at the total', () => {
    const long = Array.from({ length: 20 }, () => text).join('\n\n');
    const calls: [number, number][] = [];
    const found = extractClaims(long, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThan(1);
    for (let i = 1; i < calls.length; i++) expect(calls[i][0]).toBeGreaterThan(calls[i - 1][0]);
    expect(calls.at(-1)![0]).toBe(calls.at(-1)![1]);
    expect(found.filter((s) => s.kind === 'CASUALTY_FIGURE')).toHaveLength(20);
    for (const s of found) expect(long.slice(s.start, s.end)).toBe(s.quote);
  });
});
