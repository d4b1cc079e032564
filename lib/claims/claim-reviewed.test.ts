import { describe, expect, it } from 'vitest';
import { CLAIM_REVIEWED_TARGET, VERDICT_WORDS } from './claim-reviewed';
import { extractClaims } from './extract-claims';

const restated = (text: string, speaker?: string) =>
  extractClaims(text, { defaultSpeaker: speaker })[0].claimReviewed;

describe('claimReviewed restatement', () => {
  it('drops hedges and names the speaker for "I"', () => {
    expect(restated('I think I paid $38 million in taxes last year.', 'Donald Trump')).toBe(
      'Trump paid $38 million in taxes last year',
    );
    expect(restated("I've always had a great relationship with the unions.", 'Joe Biden')).toBe(
      'Biden has always had a great relationship with the unions',
    );
  });

  it('reports what the speaker said in the third person, "we" as "they" when the text names no group', () => {
    expect(restated('There were many, many points that we agreed on.', 'Donald Trump')).toBe(
      'Trump said there were many points that they agreed on',
    );
  });

  it('resolves "we" to the government the speaker speaks for', () => {
    const text =
      'US President Donald Trump spoke in Anchorage. "We were interfered with by the Russia hoax," Trump said.';
    expect(extractClaims(text).find((s) => s.quote.startsWith('We were'))?.claimReviewed).toBe(
      'Trump said the US government was interfered with by the Russia hoax',
    );
  });

  it('keeps "X said" when "I" is not what the claim is about, with her pronoun once the text gives it', () => {
    expect(restated('The murder rate is down 15 percent since I took office.', 'Maria Delgado')).toBe(
      'Delgado said the murder rate is down 15 percent since Delgado took office',
    );
    const text =
      'Maria Delgado spoke on Thursday. She thanked the police. "The murder rate is down 15 percent since I took office," she said.';
    expect(extractClaims(text).find((s) => s.quote.startsWith('The murder'))?.claimReviewed).toBe(
      'Delgado said the murder rate is down 15 percent since she took office',
    );
  });

  it('names whom "he" and "she" mean in the speaker\'s own words: someone else, the last the article named', () => {
    const claimsIn = (text: string) => extractClaims(text).map((s) => s.claimReviewed);
    expect(
      claimsIn(
        `Governor Lisa Moreno spoke after meeting Senator Paul Grant. "He's voted against every hospital budget since 2015, and I have doubled the budget," Moreno said.`,
      ),
    ).toEqual([
      'Governor Lisa Moreno spoke after meeting Senator Paul Grant',
      "Moreno said Grant's voted against every hospital budget since 2015",
      'Moreno has doubled the budget',
    ]);
    // A job is not a person: "the Transport Secretary" is passed over for the mayor named before her.
    expect(
      claimsIn(
        `Mayor Tom Reid met the Transport Secretary, Helen Park, on Friday. "He has cut 300 bus routes since 2020," she told reporters.`,
      ),
    ).toContain('Park said Reid has cut 300 bus routes since 2020');
    // The person can be named after the quote, as readers meet them.
    expect(
      claimsIn(`"She wasted $2 billion on the stadium last year," Trump said of Governor Lisa Moreno.`),
    ).toEqual(['Trump said Moreno wasted $2 billion on the stadium last year']);
  });

  it('never names the speaker under another name, nor someone the article names only later', () => {
    const claimsIn = (text: string) => extractClaims(text).map((s) => s.claimReviewed);
    // The mayor is Tom Reid: "he" in the mayor's words is someone else, whom the text does not name.
    expect(
      claimsIn(`Mayor Tom Reid met reporters. "He has cut 300 bus routes since 2020," the mayor said.`),
    ).toContain('The mayor said he has cut 300 bus routes since 2020');
    expect(
      claimsIn(
        `Senator Paul Grant spoke. "He closed 12 schools in 2021," Tom Reid said. Governor Ann Lee was not there.`,
      ),
    ).toContain('Reid said Grant closed 12 schools in 2021');
  });

  it('gives "her" as the object or as the owner, as the sentence uses it', () => {
    const claims = extractClaims(
      `Senator Paul Grant spoke. "I gave her 300 million dollars and made her angry, and her new budget cut 40 schools," Grant said of Governor Ann Lee.`,
    ).map((s) => s.claimReviewed);
    expect(claims).toEqual([
      'Senator Paul Grant spoke',
      'Grant gave Lee 300 million dollars and made Lee angry',
      "Grant said Lee's new budget cut 40 schools",
    ]);
  });

  it('leaves "he" as written when the quote names someone first, and in the reporter\'s own account', () => {
    const claims = extractClaims(
      `Governor Lisa Moreno spoke after meeting Senator Paul Grant. "I called Mark Ellis last week. He's cut 40 percent of the nurses since 2019," Moreno said. Grant said he had hired 300 nurses in 2024.`,
    ).map((s) => s.claimReviewed);
    expect(claims).toContain("Moreno said he's cut 40 percent of the nurses since 2019");
    expect(claims).toContain('Grant said he had hired 300 nurses in 2024');
  });

  it("restates the reporter's account of what the speaker did with the speaker as its subject", () => {
    const claims = extractClaims(
      'Mayor Tom Reid spoke on Friday. He praised the 300 bus drivers the city has hired since 2020.',
    ).map((s) => s.claimReviewed);
    expect(claims).toContain('Reid praised the 300 bus drivers the city has hired since 2020');
  });

  it('does not name the speaker twice when the text already does, and keeps both quote marks of a pair', () => {
    const text = 'Republican leader Tom Hayes called the budget "a gimmick" that hid a $90 billion debt.';
    expect(extractClaims(text)[0].claimReviewed).toBe(
      'Republican leader Tom Hayes called the budget "a gimmick" that hid a $90 billion debt',
    );
    const cut =
      'Republican leader Tom Hayes called the budget "a gimmick." He said the debt had doubled to $90 billion.';
    expect(extractClaims(cut).find((s) => s.quote.startsWith('Republican'))?.claimReviewed).toBe(
      'Republican leader Tom Hayes called the budget "a gimmick"',
    );
  });

  it('keeps the half with the figure when a long claim turns on "but", and writes a job in lower case', () => {
    expect(
      restated(
        'The Chancellor talks about jobs all the time, but real wages are lower today than in 2008.',
        'Ann Lee',
      ),
    ).toBe('Lee said real wages are lower today than in 2008');
    expect(restated('Ministers had considered a rise of 8% before the election.', 'Ann Lee')).toBe(
      'Lee said ministers had considered a rise of 8% before the election',
    );
  });

  it('never cuts a claim down to "According to …" alone', () => {
    expect(
      restated(
        'According to the Department for Education, there are now 468,000 full-time teachers in England.',
      ),
    ).toBe('According to the Department for Education, there are now 468,000 full-time teachers in England');
  });

  it('never cuts a claim down to a subject and its "which" clause', () => {
    expect(
      restated(
        'The study, which followed 14,000 patients in 12 countries for five years, was funded by the maker.',
      ),
    ).toBe(
      'The study, which followed 14,000 patients in 12 countries for five years, was funded by the maker',
    );
  });

  it('keeps a denial a denial, turns "lying about" into an accusation without the verdict word, and capitalises the speaker for "My"', () => {
    const text = [
      'Club chief Omar Haddad spoke on Friday. Haddad denied that fans were being priced out of the ground.',
      'Her rival, Tom Reyes, said the senator was "lying about my record on 14 bills".',
      '"My opponent voted against the bill that brought $2 billion to the state," Rosa Delgado said.',
    ].join('\n\n');
    const claim = (words: string) => extractClaims(text).find((c) => c.quote.includes(words))!.claimReviewed;
    expect(claim('priced out')).toBe('Haddad denied that fans were being priced out of the ground');
    expect(claim('lying about')).toBe("Reyes said the senator misrepresented Reyes's record on 14 bills");
    expect(
      extractClaims('Councillor Ann Lee said the mayor was "misleading residents" about 300 homes.')[0]
        .claimReviewed,
    ).toBe('Lee said the mayor misled residents about 300 homes');
    expect(claim('My opponent')).toBe(
      "Delgado said Delgado's opponent voted against the bill that brought $2 billion to the state",
    );
  });

  it('never contains a verdict word', () => {
    for (const text of [
      "The fact is that everything he's saying so far is simply a lie.",
      "It's true that the deficit fell by 10 percent.",
      'That claim about 40,000 jobs is false.',
    ]) {
      const out = restated(text, 'Joe Biden');
      expect(out, text).not.toMatch(VERDICT_WORDS);
      expect(out.length).toBeGreaterThan(10);
    }
  });

  it('never cuts a claim mid-clause or with an ellipsis, even over the target length', () => {
    const long =
      'They will have to agree with what the ministers and all of the great people from the administration who have come here have done over many years of hard work.';
    expect(restated(long)).toBe(long.slice(0, -1));
    const twoClauses =
      'Unemployment fell to 4 percent in the year to March, the lowest rate since records began in 1971 in this country.';
    expect(restated(twoClauses)).toBe('Unemployment fell to 4 percent in the year to March');
    expect(restated(twoClauses).length).toBeLessThanOrEqual(CLAIM_REVIEWED_TARGET);
  });
});

describe('claimReviewed in a council row', () => {
  const text = [
    "The city's mayor, Daniel Okafor, said on Wednesday that response times were the fastest in the country.",
    'Councillor Ruth Adeyemi said the mayor\'s figures were misleading. "He is counting 200 officers who were hired by his predecessor," she said. "Response times have got worse since 2022."',
  ].join('\n\n');
  const claim = (words: string) => extractClaims(text).find((s) => s.quote.includes(words))!;

  it('reads a councillor’s title as a title, so "he" in her words is the mayor', () => {
    expect(claim('200 officers').speaker).toBe('Ruth Adeyemi');
    expect(claim('200 officers').claimReviewed).toBe(
      "Adeyemi said Okafor is counting 200 officers who were hired by Okafor's predecessor",
    );
  });

  it('keeps the verb’s number when a verdict word becomes "disputed"', () => {
    expect(claim('misleading').claimReviewed).toBe("Adeyemi said the mayor's figures are disputed");
  });

  it('lowers the capital of a word that only opened the quote, when the article writes it in lower case', () => {
    expect(claim('got worse').claimReviewed).toBe('Adeyemi said response times have got worse since 2022');
  });
});
