import Link from 'next/link';
import type { Metadata } from 'next';
import { getArticleForDesk } from '@/lib/server/articles/get-article-for-desk';
import { getActiveExtractionModel } from '@/lib/server/extraction/get-active-extraction-model';
import { loadOr404 } from '@/lib/server/load-or-404';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { can } from '@/lib/access-rules';
import { ReExtract } from './_components/re-extract';
import { deskArticlePath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Find more claims' };

export default async function ExtractPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireDeskUser();
  const article = await loadOr404(getArticleForDesk(user, id));
  return (
    <section className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={deskArticlePath(article.id)} className="text-blue-800 hover:underline">
          ← {article.title}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">Find more claims</h1>
      <p className="text-sm text-stone-700">Saved claims are shown in grey and are never suggested twice.</p>
      {can(user.role, 'article.claims.add') ? (
        <ReExtract
          articleId={article.id}
          text={article.text}
          existing={article.claims.map((c) => ({ start: c.startOffset, end: c.endOffset }))}
          model={await getActiveExtractionModel(user)}
        />
      ) : (
        <p>Viewers cannot add claims.</p>
      )}
    </section>
  );
}
