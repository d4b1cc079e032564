import { describe, expect, it } from 'vitest';
import { postedMonth, posterNameWords, withoutSignatures } from './post-signature';

const quoted =
  'No she didn’t. — Catturd (@catturd2) October 31, 2019 Tulsi is a SENATOR. - Ann Coulter (@AnnCoulter) Oct 31, 19';

describe('signatures of copied posts', () => {
  it('are dropped wherever they stand, with a dash or a hyphen', () => {
    expect(withoutSignatures(quoted).replace(/\s+/gu, ' ').trim()).toBe('No she didn’t. Tulsi is a SENATOR.');
  });

  it('give the posters’ names for matching claims about them', () => {
    expect([...posterNameWords(quoted)]).toEqual(['catturd', 'ann', 'coulter']);
  });

  it('give the month the post was written: the latest, since the quoted post is older', () => {
    const later = `${quoted.slice(0, quoted.lastIndexOf('Oct'))}Nov 2, 19`;
    expect(postedMonth(later)).toBe(2019 * 12 + 10);
    expect(postedMonth(quoted)).toBe(2019 * 12 + 9);
    expect(postedMonth('No signature here, May 2019.')).toBeNull();
  });
});
