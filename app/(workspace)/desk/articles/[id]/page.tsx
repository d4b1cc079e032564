import Link from 'next/link';
import type { Metadata } from 'next';
import { StatusBadge } from '@/components/status-badge';
import { KIND_LABEL } from '@/lib/labels';
import { getArticleForDesk } from '@/lib/server/articles/get-article-for-desk';
import { loadOr404 } from '@/lib/server/load-or-404';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { can } from '@/lib/access-rules';
import { isoDay } from '@/lib/dates';
import { deskClaimPath, deskExportPath, deskExtractPath } from '@/lib/routes';
import { ArticleReader } from './_components/article-reader';

export const metadata: Metadata = { title: 'Article' };

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireDeskUser();
  const article = await loadOr404(getArticleForDesk(user, id));
  const highlights = article.claims.map((c) => ({
    id: c.id,
    start: c.startOffset,
    end: c.endOffset,
    label: `${KIND_LABEL[c.kind]}: ${c.claimReviewed}`,
    href: deskClaimPath(c.id),
  }));
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <article className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-stone-200">
        <p className="text-sm text-stone-600">
          {article.outlet} · {isoDay(article.publishedAt)}
        </p>
        <h1 className="mb-4 text-2xl font-semibold">{article.title}</h1>
        <ArticleReader
          articleId={article.id}
          text={article.text}
          marks={highlights}
          canCreate={can(user.role, 'claim.create')}
        />
      </article>
      <aside aria-labelledby="claims-heading" className="space-y-3">
        <h2 id="claims-heading" className="text-lg font-semibold">
          Claims ({article.claims.length})
        </h2>
        <p className="flex flex-wrap gap-2 text-sm">
          <a
            href={`/api/reports?format=md&article=${article.id}`}
            className="rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100"
            download
          >
            Report (Markdown)
          </a>
          {can(user.role, 'article.claims.add') && (
            <Link
              href={deskExtractPath(article.id)}
              className="rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100"
            >
              Find more claims
            </Link>
          )}
          {can(user.role, 'note.export') && (
            <a
              href={`/api/reports?format=md&article=${article.id}&notes=1`}
              className="rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100"
              download
            >
              Report with internal notes
            </a>
          )}
          <Link
            href={deskExportPath(article.id)}
            className="rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100"
          >
            Export…
          </Link>
        </p>
        <ol className="space-y-2" data-testid="claim-list">
          {article.claims.map((c) => (
            <li key={c.id} className="rounded-md bg-white p-3 shadow-sm ring-1 ring-stone-200">
              <Link href={deskClaimPath(c.id)} className="font-medium text-blue-800 hover:underline">
                {c.claimReviewed}
              </Link>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-stone-600">
                <StatusBadge status={c.status} />
                <span>{KIND_LABEL[c.kind]}</span>
                <span>score {c.score.toFixed(2)}</span>
                <span>{c.speaker.name}</span>
              </div>
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
