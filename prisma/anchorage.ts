import type { ClaimSeed } from './factories';

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

/** The checkable claims in the article, each anchored to its exact words. */
export const ANCHORAGE_CLAIMS: ClaimSeed[] = [
  {
    quote: "We're going to stop, 5,000, 6,000, 7,000 people a week from being killed",
    claimReviewed: '5,000 to 7,000 people a week are being killed in the Russia–Ukraine war',
    kind: 'CASUALTY_FIGURE',
    score: 0.95,
    quantity: { min: 5000, max: 7000, unit: 'people killed', period: 'week' },
  },
  {
    quote: 'President Putin wants to see that as much as I do',
    claimReviewed: 'Putin wants to stop the killing in Ukraine as much as Trump does',
    kind: 'CHARACTERISATION',
    score: 0.6,
  },
  {
    quote: 'There were many, many points that we agreed on.',
    claimReviewed: 'Trump and Putin agreed on many points in Anchorage',
    kind: 'AGREEMENT',
    score: 0.8,
  },
  {
    quote: "Most were a couple of big ones that we haven't quite got there, but we had some headway.",
    claimReviewed: 'A couple of big points remain unresolved, with some headway made',
    kind: 'AGREEMENT',
    score: 0.7,
  },
  {
    quote: 'I think everybody wants to deal with us.',
    claimReviewed: 'Everybody wants to do business with the United States',
    kind: 'CHARACTERISATION',
    score: 0.55,
  },
  {
    quote: "We've become the hottest country anywhere in the world in a short period of time.",
    claimReviewed: 'The US has quickly become the "hottest" country in the world',
    kind: 'CHARACTERISATION',
    score: 0.75,
  },
  {
    quote: "I've always had a fantastic relationship with President Putin, with Vladimir.",
    claimReviewed: 'Trump has always had a fantastic relationship with Putin',
    kind: 'CHARACTERISATION',
    score: 0.65,
  },
  {
    quote: 'We were interfered with the Russia, Russia, Russia hoax',
    claimReviewed: 'The Russia investigation was a hoax that interfered with US–Russia relations',
    kind: 'HOAX_ASSERTION',
    score: 0.9,
  },
  {
    quote: 'He knew it was a hoax, I knew it was a hoax',
    claimReviewed: 'Trump and Putin both knew the Russia investigation was a hoax',
    kind: 'HOAX_ASSERTION',
    score: 0.85,
  },
  {
    quote: 'what was done was very criminal',
    claimReviewed: 'What was done in the Russia investigation was criminal',
    kind: 'HOAX_ASSERTION',
    score: 0.8,
  },
];
