import type { Metadata } from 'next';
import { can } from '@/lib/access-rules';
import { listArticles } from '@/lib/server/articles/list-articles';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { ExportForm } from './_components/export-form';
import { isoDay } from '@/lib/dates';

export const metadata: Metadata = { title: 'Export claims' };

export default async function ExportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireDeskUser();
  const [articles, { article }] = await Promise.all([listArticles(user), searchParams]);
  const chosen = articles.find((a) => a.id === article)?.id;
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Export claims</h1>
      <p className="max-w-3xl text-sm text-stone-700">
        Download a fact-check report of one article, or of every claim that matches your filters, with each
        claim’s quote, verdict, sign-off, sources and corrections. Large exports stream: the bar shows how
        many claims have arrived.
      </p>
      <ExportForm
        articles={articles.map((a) => ({
          id: a.id,
          label: `${a.title} — ${a.outlet}, ${isoDay(a.publishedAt)} (${a.claimCount} claims)`,
        }))}
        initialArticle={chosen ?? articles[0]?.id ?? ''}
        canIncludeNotes={can(user.role, 'note.export')}
      />
    </section>
  );
}
