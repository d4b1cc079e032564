import type { ClaimKind, ClaimStatus, Rating, Stance } from '@/generated/prisma/enums';
import type { ReviewedClaim } from '@/lib/claimreview/reviewed-claim';

// What the report builders read, declared beside them so they stay pure; the server's report read
// (lib/server/reports/stream-report-claims.ts) is type-checked against these.

/** Which claims a report covers; every field narrows it, none means every claim. */
export type ReportScope = {
  articleId?: string;
  status?: ClaimStatus;
  /** The published rating, the one readers see. */
  rating?: Rating;
  /** The speaker's exact name, ignoring case. */
  speaker?: string;
  /** Claims last changed (updatedAt) on or after this instant… */
  from?: Date;
  /** …and before this one. */
  before?: Date;
};

export type ReportArticle = {
  id: string;
  slug: string;
  title: string;
  outlet: string;
  url: string | null;
  publishedAt: Date;
};

export type ReportClaim = {
  id: string;
  slug: string;
  quote: string;
  claimReviewed: string;
  kind: ClaimKind;
  status: ClaimStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  speaker: { name: string; title: string | null; sameAs: string | null };
  article: Omit<ReportArticle, 'slug'>;
  /** The newest verdict, approved or not: the desk's working state. */
  verdict: {
    rating: Rating;
    conclusion: string;
    rationale: string;
    approvedAt: Date | null;
    author: { name: string };
    votes: { voter: { name: string } }[];
  } | null;
  sources: { title: string; url: string; publisher: string; stance: Stance; archiveUrl: string | null }[];
  /** Oldest first. */
  corrections: { body: string; createdAt: Date }[];
  /** Empty unless the report was asked for internal notes by someone allowed to read them. */
  notes: { body: string; createdAt: Date; author: { name: string } }[];
  /** What readers see, from the public read model: null while the claim is not public. */
  review: ReviewedClaim | null;
};
