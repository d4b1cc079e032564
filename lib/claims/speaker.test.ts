import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';

const claimWith = (text: string, words: string, options = {}) => {
  const found = extractClaims(text, options).find((s) => s.quote.includes(words));
  expect(found, words).toBeDefined();
  expect(text.slice(found!.start, found!.end)).toBe(found!.quote);
  return found!;
};

describe('speaker attribution', () => {
  it('gives a quote to the quoted speaker, not the reporter, and strips the title', () => {
    const text =
      'The minister spoke to reporters on Monday. "Unemployment fell to 4 percent last year," said Health Minister Jane Doe.';
    expect(claimWith(text, 'Unemployment fell').speaker).toBe('Jane Doe');
    expect(claimWith(text, 'spoke to reporters').speaker).toBeNull();
  });

  it('resolves "she added"/"he said" to the most recent named speaker and a surname to the full name', () => {
    const text = [
      'Prime Minister Jane Doe opened the hospital on Friday.',
      '"We built 300 new schools in two years," Doe said.',
      '"We hired 500 more nurses than they did," she added.',
      'Opposition leader John Smith said: "Crime rose by 20 percent in 2023."',
      '"Waiting lists doubled since 2019," he said.',
    ].join('\n\n');
    expect(claimWith(text, '300 new schools').speaker).toBe('Jane Doe');
    expect(claimWith(text, '500 more nurses').speaker).toBe('Jane Doe');
    expect(claimWith(text, 'Crime rose').speaker).toBe('John Smith');
    expect(claimWith(text, 'Waiting lists doubled').speaker).toBe('John Smith');
  });

  it('gives "she" to the nearest person or role she fits, passing over a man, and leaves it unknown when nobody fits', () => {
    const text = [
      'Mrs Helen Park, the health secretary, opened the clinic on Tuesday.',
      'Mr David Cole, her deputy, said: "Waiting lists fell by 10 percent last year."',
      '"We have built 40 new hospitals since 2019," she told reporters.',
    ].join('\n\n');
    expect(claimWith(text, 'Waiting lists fell').speaker).toBe('David Cole');
    expect(claimWith(text, '40 new hospitals').speaker).toBe('Helen Park');

    const onlyHim =
      'Mr David Cole said: "Exports rose by 12 percent in 2024." "Imports fell by 5 percent," she added.';
    expect(claimWith(onlyHim, 'Exports rose').speaker).toBe('David Cole');
    expect(claimWith(onlyHim, 'Imports fell').speaker).toBeNull();
  });

  it('lets a pronoun settle who is who: after "he said" for one speaker, "she" goes to the other', () => {
    const text = [
      'Anna Berg and Tom Reed debated the budget on Monday.',
      '"Unemployment rose by 2 percent in 2024," Berg said.',
      '"Inflation doubled in two years," Reed said. "Wages fell by 3 percent," he added.',
      '"The deficit shrank by 40 billion," she said.',
    ].join('\n\n');
    expect(claimWith(text, 'Wages fell').speaker).toBe('Tom Reed');
    expect(claimWith(text, 'deficit shrank').speaker).toBe('Anna Berg');
  });

  it('keeps the speaker of a quote that continues into the next paragraph', () => {
    const text = [
      '"We cut taxes for 12,000 families in the first year. Wages rose by 3 percent.',
      '"And we hired 500 more nurses than the previous government," Governor Maria Lopez said.',
      'Her rival disagreed.',
    ].join('\n\n');
    expect(claimWith(text, '12,000 families').speaker).toBe('Maria Lopez');
    expect(claimWith(text, 'Wages rose').speaker).toBe('Maria Lopez');
    expect(claimWith(text, '500 more nurses').speaker).toBe('Maria Lopez');
  });

  it('tells two speakers in one paragraph apart', () => {
    const text =
      '“The deficit doubled under this government,” said John Smith. “That figure ignores 2 million new jobs,” Jane Doe replied.';
    expect(claimWith(text, 'deficit doubled').speaker).toBe('John Smith');
    expect(claimWith(text, '2 million new jobs').speaker).toBe('Jane Doe');
  });

  it('makes reported speech the reporter’s account of the speaker’s claim', () => {
    const text =
      'Senator Ann Lee visited the plant. Lee claimed that 2 million people lost their insurance last year.';
    const claim = claimWith(text, 'lost their insurance');
    expect(claim).toMatchObject({
      quote: '2 million people lost their insurance last year',
      speaker: 'Ann Lee',
    });
    expect(claim.cues).toContain("reporter's account of what Ann Lee said");
  });

  it('starts reported speech after who was told and when, and keeps a said-object that is not speech', () => {
    const quoteOf = (text: string, words: string) => claimWith(text, words).quote;
    expect(
      quoteOf(
        'The water minister, Lucía Ferrer, told reporters on Tuesday that reservoirs were at 31 percent of capacity.',
        'reservoirs',
      ),
    ).toBe('reservoirs were at 31 percent of capacity');
    expect(
      quoteOf('The finance minister said last week that unemployment fell to 7 percent.', 'unemployment'),
    ).toBe('unemployment fell to 7 percent');
    expect(
      claimWith('Ferrer told the BBC on Monday that 40 percent of wells had run dry since 2022.', 'wells')
        .claimReviewed,
    ).toBe('Ferrer said 40 percent of wells had run dry since 2022');
    expect(
      quoteOf('Senator Ann Lee said the figures that the ministry published in 2023 were wrong.', 'ministry'),
    ).toBe('the figures that the ministry published in 2023 were wrong');
  });

  it('gives a denial to the spokeswoman who made it, and the claim to what she said in its place', () => {
    const text =
      'Park claimed that the council spent £2 million on consultants. A council spokeswoman denied this, saying the real figure was £450,000.';
    expect(claimWith(text, '450,000')).toMatchObject({
      quote: 'the real figure was £450,000',
      speaker: 'the council spokeswoman',
      claimReviewed: 'The council spokeswoman said the real figure was £450,000',
    });
  });

  it('reads "told the Gazette he expected …" as what he said, without a "that"', () => {
    const text = 'Marcus Obi runs transport. Obi told the Gazette he had closed 18 routes since 2020.';
    expect(claimWith(text, '18 routes').claimReviewed).toBe('Obi said he had closed 18 routes since 2020');
  });

  it('reads a role set off by commas as the speaker’s title, so a minister’s "we" is the government', () => {
    for (const text of [
      'The water minister, Lucía Ferrer, spoke in Valencia. "We have connected 12 desalination plants since 2021," she said.',
      'Lucía Ferrer, the water minister, spoke in Valencia. "We have connected 12 desalination plants since 2021," she said.',
    ])
      expect(claimWith(text, 'desalination').claimReviewed, text).toBe(
        'Ferrer said the government has connected 12 desalination plants since 2021',
      );
  });

  it('leaves "we" as "they" for a role at a body that is not a government', () => {
    const text =
      'The college’s general secretary, Pat Cullen, spoke at a rally. "We have never gone on strike in England before," she said.';
    expect(claimWith(text, 'never gone on strike').claimReviewed).toBe(
      'Cullen said they have never gone on strike in England before',
    );
  });

  it('does not give "said she worked …" to the last woman named: the nurse said it', () => {
    const text =
      'Pat Cullen spoke at a rally. One nurse at the rally, who asked not to be named, said she worked two jobs in 2024.';
    expect(claimWith(text, 'two jobs')).toMatchObject({
      speaker: 'the nurse',
      quote: 'she worked two jobs in 2024',
    });
  });

  it('finds the named person before a description set off by commas, not a place inside it', () => {
    const text =
      "Dr Amira Khan, a consultant at St Thomas' Hospital, said only 85 percent of children had both doses.";
    expect(claimWith(text, '85 percent').speaker).toBe('Amira Khan');
  });

  it('never takes a capitalised conjunction for a name', () => {
    const text = 'Andrew Lyle spoke. But campaigners said two children died of measles last year.';
    expect(claimWith(text, 'two children').speaker).not.toBe('But');
  });

  it('uses the default speaker where nobody is named, as in a transcript', () => {
    const transcript = 'Unemployment fell to 4 percent last year. We created 12,000 jobs in March.';
    expect(claimWith(transcript, '12,000 jobs', { defaultSpeaker: 'Joe Biden' }).speaker).toBe('Joe Biden');
    expect(claimWith(transcript, '12,000 jobs').speaker).toBeNull();
  });

  it('treats scare quotes as the reporter’s words, not speech', () => {
    const text =
      'President Donald Trump spoke first. The "summit" ended after 40 minutes, the reporter noted.';
    const claim = claimWith(text, 'summit');
    expect(claim.quote).toBe('The "summit" ended after 40 minutes');
    expect(claim.speaker).toBeNull();
    expect(claim.cues).toContain("reporter's account of what unknown speaker said");
  });
});

describe('speakers in news copy from other briefings', () => {
  it('keeps a name whose letters the tokeniser splits (Ilić) whole', () => {
    const text = 'A UN spokeswoman, Marta Ilić, said aid convoys had reached only 2 of the 9 towns in May.';
    const found = claimWith(text, 'aid convoys');
    expect(found.speaker).toBe('Marta Ilić');
    expect(found.claimReviewed).toBe('Ilić said aid convoys had reached only 2 of the 9 towns in May');
  });

  it('names the role that spoke for a body, never the body, and a later "he" is that role', () => {
    const text =
      'A spokesman for the Royal College of Nursing said nurses had been given a 2% rise, below inflation of 4.1%. He added that 30,000 posts were vacant.';
    const rise = claimWith(text, '2% rise');
    expect(rise.speaker).toBe('the spokesman for the Royal College of Nursing');
    expect(rise.quote).toBe('nurses had been given a 2% rise, below inflation of 4.1%');
    expect(rise.claimReviewed).toBe(
      'The spokesman for the Royal College of Nursing said nurses had been given a 2% rise, below inflation of 4.1%',
    );
    expect(claimWith(text, '30,000 posts').speaker).toBe('the spokesman for the Royal College of Nursing');
    expect(
      claimWith('A spokeswoman for the Treasury said borrowing fell by £12 billion.', 'borrowing').speaker,
    ).toBe('the spokeswoman for the Treasury');
  });

  it('never gives "he" to a group of people, and leaves a body as the subject of its own sentence', () => {
    const text = [
      'Rebel commanders accused the army of shelling three villages on Tuesday.',
      'Ortega dismissed the reports. "That story was made up by people who want the war to go on," he said.',
      'Foreign Minister Luis Ortega spoke first.',
      'The United Nations said 80,000 people had fled their homes in the past month.',
    ].join('\n\n');
    expect(claimWith(text, 'shelling').speaker).toBe('the rebel commanders');
    expect(claimWith(text, 'shelling').claimReviewed).toMatch(/^Rebel commanders accused the army/);
    expect(claimWith(text, 'made up').speaker).not.toBe('the rebel commanders');
    const fled = claimWith(text, '80,000 people');
    expect(fled.speaker).toBeNull();
    expect(fled.claimReviewed).toBe(
      'The United Nations said 80,000 people had fled their homes in the past month',
    );
  });

  it('reads "Secretary of State Marco Rubio" as the person, and the role after "said" as the speaker', () => {
    const rubio =
      'Secretary of State Marco Rubio said on Friday that 14 countries had joined the talks. "We have never had 14 countries at the table," he told reporters.';
    expect(claimWith(rubio, '14 countries had joined').speaker).toBe('Marco Rubio');
    expect(claimWith(rubio, 'never had').claimReviewed).toBe(
      'Rubio said the government has never had 14 countries at the table',
    );
    const resident =
      'Floods cut off the valley on Monday. "We have had no power for nine days," said one resident, Anna Kowalczyk.';
    expect(claimWith(resident, 'no power').speaker).toBe('Anna Kowalczyk');
    expect(claimWith('Minister of Health Jane Doe said 300 clinics had closed.', 'clinics').speaker).toBe(
      'Jane Doe',
    );
  });

  it('gives a body named "for" or by its initials no speaker, and keeps its sentence whole', () => {
    const text = [
      'The Institute for Fiscal Studies said spending per pupil had fallen by 9% since 2010.',
      "Head teachers' union NAHT said nine in ten schools expected to make cuts in 2025.",
    ].join('\n\n');
    const ifs = claimWith(text, 'spending per pupil');
    expect(ifs.speaker).toBeNull();
    expect(ifs.claimReviewed).toBe(
      'The Institute for Fiscal Studies said spending per pupil had fallen by 9% since 2010',
    );
    expect(claimWith(text, 'nine in ten').speaker).toBeNull();
  });

  it('names the spokesperson of a body named again between commas, and "the spokesperson" later as the same one', () => {
    const text = [
      'A spokesperson for the contractor, Northway Services, said it employed 310 more drivers than in 2023.',
      'The claim that 30 crews had been cut was "simply untrue", the spokesperson said.',
    ].join('\n\n');
    const staff = claimWith(text, '310 more drivers');
    expect(staff.speaker).toBe('the spokesperson for the contractor');
    expect(staff.claimReviewed).toBe(
      'The spokesperson for the contractor said it employed 310 more drivers than in 2023',
    );
    const denial = claimWith(text, '30 crews');
    expect(denial.speaker).toBe('the spokesperson for the contractor');
    expect(denial.kind).toBe('HOAX_ASSERTION');
    expect(denial.quote).toBe('The claim that 30 crews had been cut was "simply untrue"');
    expect(denial.claimReviewed).toBe(
      'The spokesperson for the contractor said the claim that 30 crews had been cut is disputed',
    );
  });

  it('reads police ranks as titles and a job joined by "and" as one job', () => {
    const text = [
      'Chief Constable Maria Lindqvist said burglaries fell by 18% in 2025.',
      'The police and crime commissioner said 120 officers would be recruited by 2027.',
    ].join('\n\n');
    expect(claimWith(text, 'burglaries').speaker).toBe('Maria Lindqvist');
    expect(claimWith(text, '120 officers').speaker).toBe('the police and crime commissioner');
    const two = 'The mayor and the police commissioner said 120 officers would be recruited by 2027.';
    expect(claimWith(two, '120 officers').speaker).toBe('the police commissioner');
  });

  it('passes over a job or a speech verb inside "who …" and the kind of body before its name', () => {
    const text = [
      'Labour MP Ruth Okonjo, who chairs the transport committee, said fares had risen by 31% since 2015.',
      'Transport Secretary Lena Marsh, who announced the cap last month, said 4.6% was the lowest rise in a decade.',
      'Campaign group Railwatch said only 62% of trains arrived on time last year.',
    ].join('\n\n');
    expect(claimWith(text, 'fares had risen').speaker).toBe('Ruth Okonjo');
    const cap = claimWith(text, 'lowest rise');
    expect(cap.speaker).toBe('Lena Marsh');
    expect(cap.quote).toBe('4.6% was the lowest rise in a decade');
    expect(claimWith(text, 'only 62%').speaker).toBeNull();
  });

  it('keeps words quoted inside the reporter’s sentence in that sentence, quote marks and all', () => {
    const text =
      'Lena Marsh, the transport secretary, said she had "protected passengers from the worst of inflation" in 2025.';
    const woven = claimWith(text, 'protected passengers');
    expect(woven.quote).toBe('she had "protected passengers from the worst of inflation" in 2025');
    expect(woven.claimReviewed).toBe(
      'Marsh said she had "protected passengers from the worst of inflation" in 2025',
    );
  });

  it('keeps a body’s name capitalised in a role, and a body named once stays a body when named alone', () => {
    const text = [
      'United Nations officials said about 40,000 people had fled since January, and that convoys had reached two of eleven towns.',
      'The trial was paid for by the drug’s maker, Nortiva Pharma.',
      'Nortiva said the pill would cost less than £1 a day by 2027.',
    ].join('\n\n');
    const fled = claimWith(text, '40,000 people');
    expect(fled.speaker).toBe('the United Nations officials');
    expect(claimWith(text, 'convoys').quote).toBe('convoys had reached two of eleven towns');
    const price = claimWith(text, 'less than £1');
    expect(price.speaker).toBeNull();
    expect(price.claimReviewed).toMatch(/^Nortiva said the pill would cost less than £1 a day/);
  });

  it('reads a campaign story: a description and an adverb before "said", a newspaper, a company and a supporters’ trust are no speakers', () => {
    const text = [
      'Senator Rosa Delgado spoke in Tucson on Saturday.',
      'Delgado, a Democrat, also said burglaries had fallen by 15% since she took office.',
      'Her challenger, Tom Reyes, responded in a statement that the senator had missed 30% of her votes.',
      'Reyes said his company, Reyes Haulage, employs 900 people across the state.',
      '"The senator has skipped 40 committee hearings this year," Reyes told the Tucson Herald.',
      "The Tucson Taxpayers' Association said property taxes had risen by 12% in two years.",
    ].join('\n\n');
    expect(claimWith(text, 'burglaries').speaker).toBe('Rosa Delgado');
    const votes = claimWith(text, 'missed 30%');
    expect(votes.quote).toBe('the senator had missed 30% of her votes');
    expect(votes.claimReviewed).toBe('Reyes said the senator had missed 30% of her votes');
    expect(claimWith(text, '900 people').claimReviewed).toBe(
      'Reyes said his company, Reyes Haulage, employs 900 people across the state',
    );
    expect(claimWith(text, '40 committee hearings').claimReviewed).toBe(
      'Reyes said the senator has skipped 40 committee hearings this year',
    );
    expect(extractClaims(text).some((c) => c.quote.includes('Tucson Herald'))).toBe(false);
    expect(claimWith(text, 'property taxes').speaker).toBeNull();
  });

  it('names the person before a bare job set off by commas, and a general secretary’s "we" is no government', () => {
    const text = [
      'Tom Abara, general secretary of the ASCL union, said eight in ten schools planned cuts in 2026.',
      '"Our members are cutting 3,000 support staff this year," he said.',
    ].join('\n\n');
    expect(claimWith(text, 'eight in ten').speaker).toBe('Tom Abara');
    expect(claimWith(text, 'support staff').claimReviewed).toBe(
      'Abara said their members are cutting 3,000 support staff this year',
    );
  });

  it('gives no speaker to a body described as one, nor to an adjective before "campaigners"', () => {
    const text = [
      'Riverwatch, the industry regulator, said it had opened 12 investigations since 2024.',
      'Environmental campaigners said the £11 million fine was a fifth of one month’s profit.',
    ].join('\n\n');
    expect(claimWith(text, '12 investigations').speaker).toBeNull();
    expect(claimWith(text, 'a fifth').speaker).toBe('the environmental campaigners');
  });

  it('offers no claim from a headline line above the article', () => {
    const text =
      'Minister denies school funding cut\n\n"Funding per pupil is at its highest level ever," Claire Dubois said.';
    const claims = extractClaims(text);
    expect(claims.map((c) => c.quote)).toEqual(['Funding per pupil is at its highest level ever']);
    expect(extractClaims('Minister denies school funding cut').map((c) => c.quote)).toEqual([
      'Minister denies school funding cut',
    ]);
  });
});
