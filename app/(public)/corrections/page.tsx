import Link from 'next/link';
import type { Metadata } from 'next';
import { listPublicCorrections } from '@/lib/server/public/list-public-corrections';
import { cachedPublic } from '@/lib/server/public-cache';
import { absoluteUrl } from '@/lib/site';
import { verdictPath } from '@/lib/routes';
import { longDate } from '@/lib/dates';
import { correctionsPath } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Corrections',
  alternates: { canonical: absoluteUrl(correctionsPath()) },
};

export const dynamic = 'force-dynamic';
const corrections = cachedPublic(listPublicCorrections, 'corrections');

export default async function CorrectionsPage() {
  const list = await corrections();
  return (
    <section className="space-y-4">
      <h1 className="text-3xl font-semibold">Corrections</h1>
      <p className="text-stone-700">Every change we made to a published verdict, newest first.</p>
      {list.length === 0 ? (
        <p className="text-stone-600">No corrections so far.</p>
      ) : (
        <ol className="space-y-3" data-testid="corrections">
          {list.map((c) => (
            <li key={c.id} className="rounded-lg bg-white p-4 ring-1 ring-stone-200">
              <p className="text-sm text-stone-600">{longDate(c.createdAt)}</p>
              <Link href={verdictPath(c.claim.slug)} className="font-medium text-blue-900 underline">
                {c.claim.claimReviewed}
              </Link>
              <p>{c.body}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
