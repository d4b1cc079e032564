import Link from 'next/link';
import type { Metadata } from 'next';
import { listArticles } from '@/lib/server/articles/list-articles';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { isoDay } from '@/lib/dates';
import { deskArticlePath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Articles' };

export default async function DeskHome() {
  const user = await requireDeskUser();
  const articles = await listArticles(user);
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">Articles</h1>
      {articles.length === 0 ? (
        <p className="text-stone-600">No articles yet.</p>
      ) : (
        <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm ring-1 ring-stone-200">
          <thead className="bg-stone-100 text-left text-stone-700">
            <tr>
              <th className="px-3 py-2 font-medium">Title</th>
              <th className="px-3 py-2 font-medium">Outlet</th>
              <th className="px-3 py-2 font-medium">Published</th>
              <th className="px-3 py-2 text-right font-medium">Claims</th>
              <th className="px-3 py-2 text-right font-medium">In review</th>
              <th className="px-3 py-2 text-right font-medium">Published verdicts</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.id} className="border-t border-stone-200">
                <td className="px-3 py-2">
                  <Link href={deskArticlePath(a.id)} className="font-medium text-blue-800 hover:underline">
                    {a.title}
                  </Link>
                </td>
                <td className="px-3 py-2">{a.outlet}</td>
                <td className="px-3 py-2 whitespace-nowrap">{isoDay(a.publishedAt)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{a.claimCount}</td>
                <td className="px-3 py-2 text-right tabular-nums">{a.inReviewCount}</td>
                <td className="px-3 py-2 text-right tabular-nums">{a.publishedCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
