import type { Metadata } from 'next';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { ArticleText } from '@/components/article-text';
import { VerdictBadge } from '@/components/verdict-badge';
import { RATINGS } from '@/lib/ratings';
import { getPublicArticle } from '@/lib/server/public/get-public-article';
import { absoluteUrl } from '@/lib/site';
import { verdictPath } from '@/lib/routes';
import Link from 'next/link';
import { longDate } from '@/lib/dates';
import { articlePath } from '@/lib/routes';

type Props = { params: Promise<{ slug: string }> };

// Rendered on first request, then served from cache until a publish or correction revalidates it.
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

// generateMetadata and the page read the same row: one query per render, not two.
const load = cache(getPublicArticle);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load((await params).slug);
  if (!article) return {};
  return {
    title: `Fact-check: ${article.title}`,
    alternates: { canonical: absoluteUrl(articlePath(article.slug)) },
  };
}

export default async function PublicArticlePage({ params }: Props) {
  const article = await load((await params).slug);
  if (!article) notFound();
  return (
    <article className="space-y-6">
      <header>
        <p className="text-sm text-stone-600">
          {article.outlet} · {longDate(article.publishedAt)}
        </p>
        <h1 className="text-3xl font-semibold">Fact-check: {article.title}</h1>
        <p className="text-stone-700">
          {article.claims.length} claim{article.claims.length === 1 ? '' : 's'} checked, in the order they
          were made.
        </p>
      </header>
      <ol className="space-y-4" data-testid="article-claims">
        {article.claims.map((c) => (
          <li key={c.slug} className="rounded-lg bg-white p-4 ring-1 ring-stone-200">
            <blockquote className="font-serif text-stone-800">
              “{c.quote}” — {c.speaker.name}
            </blockquote>
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <VerdictBadge rating={c.publishedVerdict!.rating} />
              <Link href={verdictPath(c.slug)} className="font-medium text-blue-900 underline">
                {c.claimReviewed}
              </Link>
            </div>
            <p className="text-sm text-stone-700">
              <span className="sr-only">{RATINGS[c.publishedVerdict!.rating].label}: </span>
              {c.publishedVerdict!.conclusion}
            </p>
          </li>
        ))}
      </ol>
      <details className="rounded-lg bg-white p-4 ring-1 ring-stone-200">
        <summary className="cursor-pointer font-medium">
          Read the article with the checked claims marked
        </summary>
        <div className="mt-3">
          <ArticleText
            text={article.text}
            highlights={article.claims.map((c) => ({
              id: c.slug,
              start: c.startOffset,
              end: c.endOffset,
              label: c.claimReviewed,
              href: verdictPath(c.slug),
            }))}
          />
        </div>
      </details>
    </article>
  );
}
