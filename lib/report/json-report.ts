import { buildClaimReview } from '@/lib/claimreview/build-claim-review';
import { KIND_LABEL, STATUS_LABEL } from '@/lib/labels';
import { RATINGS } from '@/lib/ratings';
import { approvers, isPublic, type ReportClaim, type ReportContext, type TextReportBuilder } from './report-context';
import { isoDay } from '@/lib/dates';

/** The same ClaimReview object the public verdict page embeds, from the published verdict. */
function claimReview(c: ReportClaim, ctx: ReportContext) {
  if (c.status !== 'PUBLISHED' || !c.publishedVerdict) return null;
  return buildClaimReview({
    pageUrl: ctx.publicUrl(c.slug),
    claimReviewed: c.claimReviewed,
    datePublished: c.publishedAt ?? c.publishedVerdict.approvedAt ?? ctx.generatedAt,
    dateModified: c.corrections.at(-1)?.createdAt,
    rating: RATINGS[c.publishedVerdict.rating],
    speaker: c.speaker,
    appearance: { headline: c.article.title, url: c.article.url, publisher: c.article.outlet, datePublished: c.article.publishedAt },
    organisation: ctx.organisation,
  });
}

function claim(c: ReportClaim, n: number, ctx: ReportContext): string {
  const { verdict } = c;
  const entry = {
    // First key on purpose: the export page counts `{"position":` to show progress.
    position: n,
    claimReview: claimReview(c, ctx),
    id: c.id,
    slug: c.slug,
    status: c.status,
    statusLabel: STATUS_LABEL[c.status],
    kind: c.kind,
    kindLabel: KIND_LABEL[c.kind],
    quote: c.quote,
    claimReviewed: c.claimReviewed,
    speaker: c.speaker,
    article: { id: c.article.id, title: c.article.title, outlet: c.article.outlet, url: c.article.url, publishedOn: isoDay(c.article.publishedAt) },
    publicUrl: isPublic(c) ? ctx.publicUrl(c.slug) : null,
    verdict: verdict && {
      rating: verdict.rating,
      label: RATINGS[verdict.rating].label,
      conclusion: verdict.conclusion,
      rationale: verdict.rationale,
      writtenBy: verdict.author.name,
    },
    signOff: verdict?.approvedAt ? { approvedBy: approvers(c), approvedAt: verdict.approvedAt.toISOString() } : null,
    sources: c.sources,
    corrections: c.corrections.map((k) => ({ body: k.body, date: k.createdAt.toISOString() })),
    updatedAt: c.updatedAt.toISOString(),
    publishedAt: c.publishedAt?.toISOString() ?? null,
    ...(ctx.includeNotes ? { notes: c.notes.map((note) => ({ author: note.author.name, date: note.createdAt.toISOString(), body: note.body })) } : {}),
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
        article: ctx.article && { id: ctx.article.id, title: ctx.article.title, outlet: ctx.article.outlet, url: ctx.article.url, publishedOn: isoDay(ctx.article.publishedAt) },
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
