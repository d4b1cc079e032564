import { claimReviewFor } from '@/lib/claimreview/claim-review-for';
import { KIND_LABEL, STATUS_LABEL } from '@/lib/labels';
import { RATINGS } from '@/lib/ratings';
import { approvers, type ReportClaim, type ReportContext, type TextReportBuilder } from './report-context';
import { isoDay } from '@/lib/dates';

function claim(c: ReportClaim, n: number, ctx: ReportContext): string {
  const { verdict } = c;
  const entry = {
    // First key on purpose: the export page counts `{"position":` to show progress.
    position: n,
    // The same builder and input as the public verdict page, so the export states the same ClaimReview.
    claimReview: c.review && claimReviewFor(c.review, ctx),
    id: c.id,
    slug: c.slug,
    status: c.status,
    statusLabel: STATUS_LABEL[c.status],
    kind: c.kind,
    kindLabel: KIND_LABEL[c.kind],
    quote: c.quote,
    claimReviewed: c.claimReviewed,
    speaker: c.speaker,
    article: {
      id: c.article.id,
      title: c.article.title,
      outlet: c.article.outlet,
      url: c.article.url,
      publishedOn: isoDay(c.article.publishedAt),
    },
    publicUrl: c.review ? ctx.publicUrl(c.slug) : null,
    verdict: verdict && {
      rating: verdict.rating,
      label: RATINGS[verdict.rating].label,
      conclusion: verdict.conclusion,
      rationale: verdict.rationale,
      writtenBy: verdict.author.name,
    },
    signOff: verdict?.approvedAt
      ? { approvedBy: approvers(c), approvedAt: verdict.approvedAt.toISOString() }
      : null,
    sources: c.sources,
    corrections: c.corrections.map((k) => ({ body: k.body, date: k.createdAt.toISOString() })),
    updatedAt: c.updatedAt.toISOString(),
    publishedAt: c.publishedAt?.toISOString() ?? null,
    ...(ctx.includeNotes
      ? {
          notes: c.notes.map((note) => ({
            author: note.author.name,
            date: note.createdAt.toISOString(),
            body: note.body,
          })),
        }
      : {}),
  };
  return `${n > 1 ? ',\n' : ''}${JSON.stringify(entry)}`;
}

/** One JSON document, `{ report, claims: [...] }`, written a claim at a time; `notes` exist only in the internal variant. */
export const jsonReport: TextReportBuilder = {
  header: (ctx) => {
    const { scope } = ctx;
    const report = {
      title: ctx.title,
      subtitle: ctx.subtitle,
      generatedAt: ctx.generatedAt.toISOString(),
      claimCount: ctx.total,
      internal: ctx.includeNotes,
      organisation: ctx.organisation,
      scope: {
        article: ctx.article && {
          id: ctx.article.id,
          title: ctx.article.title,
          outlet: ctx.article.outlet,
          url: ctx.article.url,
          publishedOn: isoDay(ctx.article.publishedAt),
        },
        status: scope.status ?? null,
        rating: scope.rating ?? null,
        speaker: scope.speaker ?? null,
        changedFrom: scope.from?.toISOString() ?? null,
        changedBefore: scope.before?.toISOString() ?? null,
      },
    };
    return `{"report":${JSON.stringify(report)},\n"claims":[\n`;
  },
  claim,
  footer: () => '\n]}\n',
};
