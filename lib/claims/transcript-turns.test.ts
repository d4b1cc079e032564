import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';

// A press-conference transcript written for these tests: speaker labels, a reporter's question, and
// an answer that runs over two paragraphs.
const TRANSCRIPT = [
  "Transcript: the Prime Minister's press conference, 3 March",
  'PRIME MINISTER: Good afternoon. Since we took office, unemployment has fallen from 5.1 percent to 3.9 percent, the lowest rate in almost fifty years.',
  'QUESTION: Prime Minister, the opposition says waiting lists have doubled on your watch. Is that right?',
  'PRIME MINISTER: Waiting lists rose during the pandemic in every country in Europe.',
  'They have fallen for six months in a row, and we will have 40 new hospitals open by 2030.',
].join('\n\n');

describe('transcripts with speaker labels', () => {
  const suggestions = extractClaims(TRANSCRIPT);
  const find = (words: string) => suggestions.find((s) => s.quote.includes(words));

  it('gives each answer to the labelled speaker, without the label, over the whole turn', () => {
    const unemployment = find('unemployment has fallen');
    expect(unemployment).toMatchObject({ speaker: 'the prime minister' });
    expect(unemployment!.quote.startsWith('Since we took office')).toBe(true);
    expect(unemployment!.claimReviewed).toBe(
      'The prime minister said since the government took office, unemployment has fallen from 5.1 percent to 3.9 percent',
    );
    expect(find('40 new hospitals')).toMatchObject({ speaker: 'the prime minister', kind: 'PREDICTION' });
    expect(suggestions.some((s) => s.quote.includes('PRIME MINISTER:'))).toBe(false);
  });

  it('keeps a sentence with a speech verb in the turn of the one who says it', () => {
    const debate = [
      'CHAIR: Order. I call the Chancellor of the Exchequer to open the debate on the 2026 budget.',
      'CHANCELLOR: The Office for Budget Responsibility says real incomes will grow by 1.5% next year.',
    ].join('\n\n');
    const found = (words: string) => extractClaims(debate).find((s) => s.quote.includes(words));
    expect(found('I call the Chancellor')).toMatchObject({ speaker: 'the chair' });
    expect(found('real incomes')).toMatchObject({ speaker: 'the chancellor', kind: 'PREDICTION' });
  });

  it('never offers the reporter’s question as a claim', () => {
    expect(find('waiting lists have doubled')).toBeUndefined();
  });

  it('matches a shouted label to the name the text gives', () => {
    const text = [
      'Senator Ann Lee met farmers in Iowa.',
      'LEE: We cut fertiliser prices by 20 percent last year.',
      'REPORTER: Is that so?',
    ].join('\n');
    expect(extractClaims(text).find((s) => s.quote.includes('fertiliser'))?.speaker).toBe('Ann Lee');
  });

  it('reads one "Place: headline" line as a headline, not a speaker', () => {
    const text = 'Ukraine: what we know\n\nThe army said 300 tanks were destroyed in March.';
    expect(extractClaims(text).every((s) => s.speaker !== 'Ukraine')).toBe(true);
  });
});
