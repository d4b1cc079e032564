import Link from 'next/link';
import { countLabel } from '@/lib/count-label';

/** A box on the desk home: a heading with its count, the rows, and what to say when it is empty. */
export function WorkSection({
  title,
  count,
  limit,
  empty,
  more,
  testId,
  children,
}: {
  title: string;
  count: number;
  limit: number;
  empty: string;
  more?: { href: string; label: string };
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${testId}-h`}
      data-testid={testId}
      className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200"
    >
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${testId}-h`} className="text-lg font-semibold">
          {title}{' '}
          <span className="text-base font-normal text-stone-500 tabular-nums">
            ({countLabel(count, limit)})
          </span>
        </h2>
        {more && (
          <Link href={more.href} className="text-sm text-blue-800 underline">
            {more.label}
          </Link>
        )}
      </div>
      {count === 0 ? (
        <p className="text-sm text-stone-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-stone-100 text-sm">{children}</ul>
      )}
    </section>
  );
}

/** One claim in a work list: its wording as the link, then who said it and where. */
export function ClaimRow({
  claim,
  children,
}: {
  claim: { id: string; claimReviewed: string; speaker: { name: string }; article: { title: string } };
  children?: React.ReactNode;
}) {
  return (
    <li className="py-2">
      <Link href={`/desk/claims/${claim.id}`} className="font-medium text-blue-800 hover:underline">
        {claim.claimReviewed}
      </Link>
      <p className="text-xs text-stone-600">
        {claim.speaker.name} · {claim.article.title}
      </p>
      {children}
    </li>
  );
}
