import Link from 'next/link';
import { isoDay } from '@/lib/dates';
import type { listArticles } from '@/lib/server/articles/list-articles';

// Columns shown from the small breakpoint up; a phone reads them from the line under the title.
const WIDE = 'hidden sm:table-cell';

export function ArticlesTable({ articles }: { articles: Awaited<ReturnType<typeof listArticles>> }) {
  if (articles.length === 0) return <p className="text-stone-600">No articles yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm ring-1 ring-stone-200">
        <thead className="bg-stone-100 text-left text-stone-700">
          <tr>
            <th className="px-3 py-2 font-medium">Title</th>
            <th className={`${WIDE} px-3 py-2 font-medium`}>Outlet</th>
            <th className={`${WIDE} px-3 py-2 font-medium`}>Published</th>
            <th className="px-3 py-2 text-right font-medium">Claims</th>
            <th className={`${WIDE} px-3 py-2 text-right font-medium`}>In review</th>
            <th className={`${WIDE} px-3 py-2 text-right font-medium`}>Published verdicts</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id} className="border-t border-stone-200">
              <td className="px-3 py-2">
                <Link href={`/desk/articles/${a.id}`} className="font-medium text-blue-800 hover:underline">
                  {a.title}
                </Link>
                {/* A phone has room for the title and count only: the columns it hides are read here. */}
                <div className="text-xs text-stone-600 sm:hidden">
                  {a.outlet} · <span className="whitespace-nowrap">{isoDay(a.publishedAt)}</span> ·{' '}
                  {a.inReviewCount} in review · {a.publishedCount} published
                </div>
              </td>
              <td className={`${WIDE} px-3 py-2`}>{a.outlet}</td>
              <td className={`${WIDE} px-3 py-2 whitespace-nowrap`}>{isoDay(a.publishedAt)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{a.claimCount}</td>
              <td className={`${WIDE} px-3 py-2 text-right tabular-nums`}>{a.inReviewCount}</td>
              <td className={`${WIDE} px-3 py-2 text-right tabular-nums`}>{a.publishedCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
