import type { ReportArticle, ReportClaim, ReportScope } from './report-claim';
import { RATINGS } from '@/lib/ratings';
import { STATUS_LABEL } from '@/lib/labels';
import { isoDay } from '@/lib/dates';

export type { ReportArticle, ReportClaim, ReportScope };

/** Everything a builder needs besides the claims, so builders stay pure: no clock, no env, no database. */
export type ReportContext = {
  title: string;
  /** What the report covers: the article's outlet and date, or the filters. */
  subtitle: string;
  /** Set when the report covers one article; otherwise each claim names its article. */
  article: ReportArticle | null;
  scope: ReportScope;
  generatedAt: Date;
  total: number;
  includeNotes: boolean;
  organisation: { name: string; url: string };
  publicUrl: (slug: string) => string;
  deskUrl: (claimId: string) => string;
};

/** A text format as three pure pieces, so a report of any size can be written claim by claim. */
export type TextReportBuilder = {
  header: (ctx: ReportContext) => string;
  /** n counts from 1 across the whole report. */
  claim: (claim: ReportClaim, n: number, ctx: ReportContext) => string;
  footer: (ctx: ReportContext) => string;
};

const DAY_MS = 24 * 60 * 60 * 1000;

function describeScope(scope: ReportScope): string {
  const parts = [
    scope.status && `status ${STATUS_LABEL[scope.status]}`,
    scope.rating && `published rating ${RATINGS[scope.rating].label}`,
    scope.speaker && `speaker ${scope.speaker}`,
    scope.from && `changed from ${isoDay(scope.from)}`,
    scope.before && `changed until ${isoDay(new Date(scope.before.getTime() - DAY_MS))}`,
  ].filter(Boolean);
  return parts.length ? `Claims with ${parts.join(', ')}` : 'All claims';
}

export function reportContext(fields: Omit<ReportContext, 'title' | 'subtitle'>): ReportContext {
  const { article, scope } = fields;
  const { articleId: _articleId, ...filters } = scope;
  const narrowed = Object.values(filters).some((v) => v !== undefined);
  const articleLine = article && `${article.outlet}, ${isoDay(article.publishedAt)}`;
  return {
    ...fields,
    title: article?.title ?? describeScope(scope),
    subtitle: articleLine
      ? narrowed
        ? `${articleLine} · ${describeScope(scope)}`
        : articleLine
      : 'Across all articles',
  };
}

/** The sign-off: who approved the newest verdict. */
export const approvers = (claim: ReportClaim) => claim.verdict?.votes.map((v) => v.voter.name) ?? [];

/** ClaimReview and the public page exist only for claims the public read model lets readers see. */
export const isPublic = (claim: ReportClaim) => claim.review !== null;
