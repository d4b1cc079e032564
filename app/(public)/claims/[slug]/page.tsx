import type { Metadata } from 'next';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { VerdictArticle } from '@/components/public/verdict-article';
import { RATINGS } from '@/lib/ratings';
import { getPublishedClaim } from '@/lib/server/public/get-published-claim';
import { absoluteUrl, ORGANISATION } from '@/lib/site';
import { verdictPath } from '@/lib/routes';
import { listAlsoChecked } from '@/lib/server/claims/list-also-checked';

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
    openGraph: {
      type: 'article',
      title,
      description: claim.verdict.conclusion,
      url,
      siteName: ORGANISATION.name,
      publishedTime: claim.review.datePublished.toISOString(),
    },
    twitter: { card: 'summary', title, description: claim.verdict.conclusion },
  };
}

export default async function VerdictPage({ params }: Props) {
  const claim = await load((await params).slug);
  if (!claim) notFound();
  const alsoChecked = await listAlsoChecked(claim.id);
  return <VerdictArticle claim={claim} alsoChecked={alsoChecked} />;
}
