import type { Rating } from '@/generated/prisma/enums';

export type RatingInfo = {
  label: string;
  /** ClaimReview ratingValue on the 1–5 axis; null for text-only verdicts. */
  value: number | null;
  meaning: string;
  tone: 'false' | 'mixed' | 'true' | 'neutral';
};

export const WORST_RATING = 1;
export const BEST_RATING = 5;

// Order matters: it is the order editors see in the rating picker and on the methodology page.
export const RATINGS: Record<Rating, RatingInfo> = {
  FALSE: { label: 'False', value: 1, meaning: 'The claim is inaccurate.', tone: 'false' },
  MOSTLY_FALSE: {
    label: 'Mostly false',
    value: 2,
    meaning: 'The claim has an element of truth but ignores facts that would give a different impression.',
    tone: 'false',
  },
  HALF_TRUE: {
    label: 'Half true',
    value: 3,
    meaning: 'The claim is partially accurate but leaves out important details.',
    tone: 'mixed',
  },
  MOSTLY_TRUE: {
    label: 'Mostly true',
    value: 4,
    meaning: 'The claim is accurate but needs clarification or additional information.',
    tone: 'true',
  },
  TRUE: {
    label: 'True',
    value: 5,
    meaning: 'The claim is accurate and nothing significant is missing.',
    tone: 'true',
  },
  MISLEADING: {
    label: 'Misleading',
    value: null,
    meaning: 'Accurate facts presented so as to give a false impression.',
    tone: 'mixed',
  },
  UNSUPPORTED: {
    label: 'Unsupported',
    value: null,
    meaning: 'No evidence was found either way.',
    tone: 'neutral',
  },
};

export const RATING_KEYS = Object.keys(RATINGS) as Rating[];

/** The ratings as a filter menu offers them, in picker order. */
export const RATING_OPTIONS = RATING_KEYS.map((r) => ({ value: r, label: RATINGS[r].label }));
