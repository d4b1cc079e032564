import { CHECKWORTHY_THRESHOLD, extractClaims } from '../lib/claims/extract-claims';
import { claimSeedFromSuggestion, type ClaimSeed } from './factories';

export const ANCHORAGE_ARTICLE = {
  slug: 'trump-putin-anchorage-press-conference',
  title: 'Trump and Putin hold a joint press conference in Anchorage, Alaska',
  outlet: 'News wire',
  publishedAt: new Date('2025-08-16T00:00:00Z'),
};

export const TRUMP = {
  name: 'Donald Trump',
  title: 'President of the United States',
  sameAs: 'https://www.wikidata.org/wiki/Q22686',
};

export type SpeakerFields = { name: string; title?: string; sameAs?: string };
export type AttributedClaim = { seed: ClaimSeed; speaker: SpeakerFields };

/**
 * The claims the seed and the test world store: the engine's suggestions above threshold, each with
 * its attributed speaker. Suggestions nobody is known to have said cannot be stored, so they are left out.
 */
export function anchorageClaims(text: string): AttributedClaim[] {
  return extractClaims(text)
    .filter((s) => s.score >= CHECKWORTHY_THRESHOLD && s.speaker !== null)
    .map((s) => ({
      seed: claimSeedFromSuggestion(s),
      speaker: s.speaker === TRUMP.name ? TRUMP : { name: s.speaker! },
    }));
}
