import Link from 'next/link';
import { WideSeparator } from '@/components/wide-separator';
import type { Rating } from '@/generated/prisma/enums';
import { VerdictBadge } from '@/components/verdict-badge';
import { verdictPath } from '@/lib/routes';
import { articlePath } from '@/lib/routes';

type Item = {
  slug: string;
  claimReviewed: string;
  speaker: { name: string };
  article: { title: string; slug: string };
  verdict: { rating: Rating; conclusion: string };
};

/** `empty` is what readers see when there is nothing to list: a filter matched nothing, or nothing is published yet. */
export function VerdictList({ claims, empty = 'No verdicts match.' }: { claims: Item[]; empty?: string }) {
  if (claims.length === 0) return <p className="text-stone-600">{empty}</p>;
  return (
    <ul className="space-y-4" data-testid="verdict-list">
      {claims.map((c) => (
        <li key={c.slug} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200">
          <div className="mb-1 flex flex-wrap items-center gap-2 text-sm text-stone-600">
            <VerdictBadge rating={c.verdict.rating} /> {c.speaker.name}
            {/* On a phone the article takes its own line. */}
            <WideSeparator />
            <Link href={articlePath(c.article.slug)} className="basis-full hover:underline sm:basis-auto">
              {c.article.title}
            </Link>
          </div>
          <Link href={verdictPath(c.slug)} className="text-lg font-medium text-blue-900 hover:underline">
            {c.claimReviewed}
          </Link>
          <p className="text-sm text-stone-700">{c.verdict.conclusion}</p>
        </li>
      ))}
    </ul>
  );
}
