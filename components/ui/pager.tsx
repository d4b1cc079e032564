import Link from 'next/link';

/** "Newer · Page 2 of 5 · Older" under a paged list; nothing when everything fits on one page. */
export function Pager({
  page,
  pages,
  href,
  labels = { prev: 'Newer', next: 'Older' },
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  labels?: { prev: string; next: string };
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} className="text-blue-800 underline" rel="prev">
          {labels.prev}
        </Link>
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages && (
        <Link href={href(page + 1)} className="text-blue-800 underline" rel="next">
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
