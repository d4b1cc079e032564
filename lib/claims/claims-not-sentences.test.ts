import { describe, expect, it } from 'vitest';
import { CHECKWORTHY_THRESHOLD, extractClaims } from './extract-claims';

// A briefing written for these tests, holding each failure a new user met: a denial, a promise, a
// compound claim, a reporter's question, and a place and a union named near the quotes.
const BRIEFING = [
  "Leeds General Infirmary was the venue for the health secretary's visit on Monday, where the Union of Hospital Workers staged a protest.",
  '"We have built 40 new hospitals since 2019, and every one of them is open today," the health secretary told reporters.',
  'Asked about figures showing waiting lists had doubled, she said: "Those numbers are fake."',
  '"There have been no violations at all," she added. "We will have a full peace deal within two weeks."',
].join('\n\n');
const suggestions = extractClaims(BRIEFING);
const claim = (words: string) => {
  const found = suggestions.find((s) => s.quote.includes(words));
  expect(found, words).toBeDefined();
  expect(BRIEFING.slice(found!.start, found!.end)).toBe(found!.quote);
  return found!;
};

describe('claims, not sentences', () => {
  it('suggests denials of figures and events as hoax assertions', () => {
    for (const words of ['Those numbers are fake', 'There have been no violations at all']) {
      expect(claim(words), words).toMatchObject({ kind: 'HOAX_ASSERTION' });
      expect(claim(words).score, words).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
    }
    const kindOf = (sentence: string) => extractClaims(sentence)[0]?.kind;
    expect(kindOf('The minister said the report was wrong.')).toBe('HOAX_ASSERTION');
    expect(kindOf('That video was made up by activists.')).toBe('HOAX_ASSERTION');
    expect(kindOf('"There were no attacks by our fighters," the commander said.')).toBe('HOAX_ASSERTION');
    expect(kindOf('"The army invents these incidents," the commander said.')).toBe('HOAX_ASSERTION');
  });

  it('suggests promises and predictions with a date or a figure as predictions', () => {
    expect(claim('We will have a full peace deal within two weeks')).toMatchObject({ kind: 'PREDICTION' });
    expect(claim('We will have a full peace deal within two weeks').score).toBeGreaterThanOrEqual(
      CHECKWORTHY_THRESHOLD,
    );
    const reported = extractClaims(
      'Health Secretary Jane Morton said the new centre would treat 50,000 patients in its first year.',
    )[0];
    expect(reported).toMatchObject({ kind: 'PREDICTION', speaker: 'Jane Morton' });
    expect(reported.score).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
    expect(extractClaims('Emissions will fall by half by 2030.')[0].kind).toBe('PREDICTION');
    expect(extractClaims('We will open 12 clinics next year.')[0].kind).toBe('PREDICTION');
  });

  it('splits at a bare "and" that brings a new subject, not at one inside a list', () => {
    const quotes = (text: string) => extractClaims(text).map((c) => c.quote);
    expect(
      quotes('"Unemployment has fallen to 3.1% and we have hired 1,200 police officers," Ann Lee said.'),
    ).toEqual(['Unemployment has fallen to 3.1%', 'we have hired 1,200 police officers']);
    expect(quotes('"We have hired 1,200 police officers and 300 nurses since 2021," Ann Lee said.')).toEqual([
      'We have hired 1,200 police officers and 300 nurses since 2021',
    ]);
  });

  it('reads "promised … to build 10,000 homes by 2030" as a prediction restated as the promise', () => {
    const [pledge] = extractClaims('Mayor Ada Quist promised on Monday to build 8,000 homes by 2029.');
    expect(pledge).toMatchObject({
      quote: 'to build 8,000 homes by 2029',
      kind: 'PREDICTION',
      claimReviewed: 'Quist promised to build 8,000 homes by 2029',
    });
    expect(pledge.score).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
  });

  it('leaves a wire dateline out of the claim', () => {
    const [growth] = extractClaims(
      'LONDON (Reuters) - The economy grew by 0.4% in the third quarter, data showed.',
    );
    expect(growth.quote).toBe('The economy grew by 0.4% in the third quarter, data showed');
  });

  it('takes "by the end of the parliament" as a deadline', () => {
    const [pledge] = extractClaims('She pledged to recruit 6,500 new teachers by the end of the parliament.');
    expect(pledge).toMatchObject({
      kind: 'PREDICTION',
      quote: 'to recruit 6,500 new teachers by the end of the parliament',
    });
  });

  it('takes "by the summer" as a deadline', () => {
    const [review] = extractClaims(
      'The minister said the government would publish a review of fares by the summer.',
    );
    expect(review).toMatchObject({ kind: 'PREDICTION' });
  });

  it('keeps a plan without a date or figure out of the predictions', () => {
    expect(extractClaims('I will call the prime minister later.')[0].kind).not.toBe('PREDICTION');
  });

  it('splits off a second claim that opens with a comparison ("fewer than one in a thousand …")', () => {
    const text =
      '"We empty 48,000 bins every week, and fewer than one in a thousand collections are missed," the council leader said.';
    const quotes = extractClaims(text).map((c) => c.quote);
    expect(quotes).toEqual([
      'We empty 48,000 bins every week',
      'fewer than one in a thousand collections are missed',
    ]);
  });

  it('never offers a reporter’s question as a claim, only the answer', () => {
    expect(suggestions.some((s) => /Asked about|figures showing/.test(s.quote))).toBe(false);
    const answered = extractClaims(
      'Asked whether crime had risen, the mayor said the statistics were wrong.',
    );
    expect(answered.map((s) => s.quote)).toEqual(['the statistics were wrong']);
    expect(extractClaims('A reporter asked whether 3,000 jobs had been lost at the plant.')).toEqual([]);
  });

  it('splits a compound sentence into one claim per checkable part, each with its own offsets', () => {
    const built = claim('We have built 40 new hospitals since 2019');
    const open = claim('every one of them is open today');
    expect(built.quote).toBe('We have built 40 new hospitals since 2019');
    expect(open.quote).toBe('every one of them is open today');
    expect(built.end).toBeLessThan(open.start);
    // The second part says more about the figure the first states, so it is suggested too.
    expect(open.score).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
    expect(open.cues.join(' ')).toContain('says more about the figure before it');
  });
});

describe('speakers', () => {
  it('names the role that spoke, never the place or the union mentioned nearby', () => {
    for (const words of [
      '40 new hospitals',
      'every one of them',
      'Those numbers are fake',
      'no violations',
      'peace deal',
    ]) {
      expect(claim(words).speaker, words).toBe('the health secretary');
    }
  });

  it('names the person when the text gives the name with the role', () => {
    const text =
      'Health Secretary Jane Morton visited Leeds. "We have hired 2,000 nurses this year," she said.';
    expect(extractClaims(text).find((s) => s.quote.includes('2,000 nurses'))?.speaker).toBe('Jane Morton');
  });

  it('leaves an unknown speaker unknown rather than guessing an organisation', () => {
    const text =
      'The Union of Hospital Workers staged a protest. "Waiting lists doubled in 2024," the Union said.';
    expect(extractClaims(text).find((s) => s.quote.includes('Waiting lists'))?.speaker).toBeNull();
  });

  it('restates the claim as a neutral third-person sentence naming the speaker once', () => {
    expect(claim('40 new hospitals').claimReviewed).toBe(
      'The health secretary said the government has built 40 new hospitals since 2019',
    );
    expect(claim('no violations').claimReviewed).toBe(
      'The health secretary said there have been no violations at all',
    );
    for (const s of suggestions) {
      expect(s.claimReviewed).not.toMatch(/…|\b(?:Leeds|Union) says\b|\bsays we\b/);
    }
  });
});
