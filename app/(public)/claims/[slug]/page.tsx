import type { Metadata } from 'next';
import { cache } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleText } from '@/components/article-text';
import { JsonLd } from '@/components/json-ld';
import { VerdictBadge } from '@/components/verdict-badge';
import { claimReviewFor } from '@/lib/claimreview/claim-review-for';
import { SOURCE_KIND_LABEL, STANCE_LABEL } from '@/lib/labels';
import { RATINGS } from '@/lib/ratings';
import { getPublishedClaim } from '@/lib/server/public/get-published-claim';
import { renderMarkdown } from '@/lib/markdown';
import { absoluteUrl, ORGANISATION } from '@/lib/site';
import { verdictPath } from '@/lib/routes';
import { FigureChart } from '@/components/public/figure-chart';
import { longDate } from '@/lib/dates';
import { suggestPath } from '@/lib/routes';

type Props = { params: Promise<{ slug: string }> };

// Rendered on first request, then served from cache until a publish, unpublish or correction
// revalidates this path: anonymous readers cost no database query.
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}


// generateMetadata and the page read the same row: one query per render, not two.
const load = cache(getPublishedClaim);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await load((await params).slug);
  if (!claim) return {};
  const title = `${RATINGS[claim.verdict.rating].label}: ${claim.claimReviewed}`;
  const url = absoluteUrl(verdictPath(claim.slug));
  return {
    title,
    description: claim.verdict.conclusion,
    alternates: { canonical: url },
    openGraph: { type: 'article', title, description: claim.verdict.conclusion, url, siteName: ORGANISATION.name, publishedTime: claim.review.datePublished.toISOString() },
    twitter: { card: 'summary', title, description: claim.verdict.conclusion },
  };
}

export default async function VerdictPage({ params }: Props) {
  const claim = await load((await params).slug);
  if (!claim) notFound();
  const { verdict } = claim;
  return (
    <article className="space-y-6">
      <JsonLd data={claimReviewFor(claim.review)} />
      <header className="space-y-3">
        <p className="text-sm text-stone-600">
          Claim by {claim.speaker.name}
          {claim.speaker.title ? `, ${claim.speaker.title}` : ''}
        </p>
        <h1 className="text-3xl font-semibold">{claim.claimReviewed}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-sm text-stone-600">Our rating:</span>
          <VerdictBadge rating={verdict.rating} size="lg" />
        </div>
        <p className="text-lg" data-testid="conclusion">
          {verdict.conclusion}
        </p>
        <p className="text-sm text-stone-600">
          Published {longDate(claim.review.datePublished)}
          {verdict.reviewers.length ? ` · reviewed by ${verdict.reviewers.join(', ')}` : ''}
          {claim.review.dateModified ? ` · updated ${longDate(claim.review.dateModified)}` : ''}
        </p>
      </header>

      <section aria-labelledby="quote-h" className="rounded-lg bg-white p-5 ring-1 ring-stone-200">
        <h2 id="quote-h" className="mb-2 text-sm font-semibold tracking-wide text-stone-600 uppercase">
          What was said
        </h2>
        <ArticleText text={claim.article.text} highlights={[{ id: claim.id, start: claim.startOffset, end: claim.endOffset, label: 'The claim' }]} range={{ start: claim.startOffset, end: claim.endOffset }} />
        <p className="mt-3 text-sm text-stone-600">
          From “{claim.article.title}”, {claim.article.outlet}, {longDate(claim.article.publishedAt)}
          {claim.article.url && (
            <>
              {' '}
              ·{' '}
              <a href={claim.article.url} className="text-blue-800 underline">
                original
              </a>
            </>
          )}
        </p>
      </section>

      {claim.quantityMin !== null && claim.quantityMax !== null && (
        <section aria-labelledby="figures-h">
          <h2 id="figures-h" className="mb-2 text-xl font-semibold">
            The numbers
          </h2>
          <FigureChart
            claimed={{ min: claim.quantityMin, max: claim.quantityMax }}
            unit={claim.quantityUnit ?? 'count'}
            period={claim.quantityPeriod}
            sources={claim.sources.flatMap((s) => (s.figure === null ? [] : [{ label: s.publisher, figure: s.figure, stance: s.stance }]))}
          />
        </section>
      )}

      <section aria-labelledby="why-h">
        <h2 id="why-h" className="mb-2 text-xl font-semibold">
          Why we rated it {RATINGS[verdict.rating].label.toLowerCase()}
        </h2>
        <div className="prose-claim" dangerouslySetInnerHTML={{ __html: renderMarkdown(verdict.rationale) }} />
      </section>

      <section aria-labelledby="sources-h">
        <h2 id="sources-h" className="mb-2 text-xl font-semibold">
          Sources
        </h2>
        <ol className="list-decimal space-y-2 pl-6">
          {claim.sources.map((s) => (
            <li key={s.id}>
              <a href={s.url} className="text-blue-800 underline">
                {s.title}
              </a>
              , {s.publisher}
              {s.publishedAt ? `, ${longDate(s.publishedAt)}` : ''} — {STANCE_LABEL[s.stance].toLowerCase()} ({SOURCE_KIND_LABEL[s.kind].toLowerCase()})
              {s.archiveUrl && (
                <>
                  {' '}
                  ·{' '}
                  <a href={s.archiveUrl} className="text-blue-800 underline">
                    archived copy
                  </a>
                </>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="corrections-h">
        <h2 id="corrections-h" className="mb-2 text-xl font-semibold">
          Corrections
        </h2>
        {claim.corrections.length === 0 ? (
          <p className="text-sm text-stone-600">
            None. Think we got something wrong?{' '}
            <Link href={suggestPath(claim.slug)} className="text-blue-800 underline">
              Report an error
            </Link>
            .
          </p>
        ) : (
          <ul className="space-y-2">
            {claim.corrections.map((c) => (
              <li key={c.id} className="text-sm">
                <strong>{longDate(c.createdAt)}:</strong> {c.body}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
