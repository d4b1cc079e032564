import Link from 'next/link';
import { ArticleText } from '@/components/article-text';
import { JsonLd } from '@/components/json-ld';
import { VerdictBadge } from '@/components/verdict-badge';
import { FigureChart } from '@/components/public/figure-chart';
import { claimReviewFor } from '@/lib/claimreview/claim-review-for';
import { longDate } from '@/lib/dates';
import { SOURCE_KIND_LABEL, STANCE_LABEL } from '@/lib/labels';
import { renderMarkdown } from '@/lib/markdown';
import { RATINGS } from '@/lib/ratings';
import { suggestPath, verdictPath } from '@/lib/routes';
import type { PublishedClaim } from '@/lib/server/public/read-model';

/**
 * The public verdict page's content with its ClaimReview block. The public page and the desk's
 * preview both render this, so what an editor previews is what readers get.
 */
export type AlsoChecked = {
  slug: string;
  claimReviewed: string;
  rating: PublishedClaim['verdict']['rating'];
  publishedAt: Date | null;
};

export function VerdictArticle({
  claim,
  alsoChecked = [],
}: {
  claim: PublishedClaim;
  alsoChecked?: AlsoChecked[];
}) {
  const { verdict } = claim;
  // A chart of the claimed figure alone compares nothing: it shows once a source gives a figure.
  const sourceFigures = claim.sources.flatMap((s) =>
    s.figure === null ? [] : [{ label: s.publisher, figure: s.figure, stance: s.stance }],
  );
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
          {claim.review.dateModified ? ` · updated ${longDate(claim.review.dateModified)}` : ''}
        </p>
        <p className="text-sm text-stone-700" data-testid="byline">
          Written by {verdict.writer}
          {verdict.reviewers.length ? ` · reviewed by ${verdict.reviewers.join(', ')}` : ''}
        </p>
      </header>

      <section aria-labelledby="quote-h" className="rounded-lg bg-white p-5 ring-1 ring-stone-200">
        <h2 id="quote-h" className="mb-2 text-sm font-semibold tracking-wide text-stone-600 uppercase">
          What was said
        </h2>
        <ArticleText
          text={claim.article.text}
          highlights={[{ id: claim.id, start: claim.startOffset, end: claim.endOffset, label: 'The claim' }]}
          range={{ start: claim.startOffset, end: claim.endOffset }}
        />
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

      {claim.quantityMin !== null && claim.quantityMax !== null && sourceFigures.length > 0 && (
        <section aria-labelledby="figures-h">
          <h2 id="figures-h" className="mb-2 text-xl font-semibold">
            The numbers
          </h2>
          <FigureChart
            claimed={{ min: claim.quantityMin, max: claim.quantityMax }}
            unit={claim.quantityUnit ?? 'count'}
            period={claim.quantityPeriod}
            sources={sourceFigures}
          />
        </section>
      )}

      <section aria-labelledby="why-h">
        <h2 id="why-h" className="mb-2 text-xl font-semibold">
          Why we rated it {RATINGS[verdict.rating].label.toLowerCase()}
        </h2>
        <div
          className="prose-claim"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(verdict.rationale) }}
        />
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
              {s.publishedAt ? `, ${longDate(s.publishedAt)}` : ''} — {STANCE_LABEL[s.stance].toLowerCase()} (
              {SOURCE_KIND_LABEL[s.kind].toLowerCase()})
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

      {alsoChecked.length > 0 && (
        <section aria-labelledby="also-h" data-testid="also-checked">
          <h2 id="also-h" className="mb-2 text-xl font-semibold">
            Also checked:
          </h2>
          <ul className="space-y-2">
            {alsoChecked.map((c) => (
              <li key={c.slug} className="flex flex-wrap items-center gap-2 text-sm">
                <VerdictBadge rating={c.rating} />
                <Link href={verdictPath(c.slug)} className="break-words text-blue-800 underline">
                  {c.claimReviewed}
                </Link>
                {c.publishedAt && <span className="text-stone-600">{longDate(c.publishedAt)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

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
