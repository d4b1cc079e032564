import Link from 'next/link';
import type { Metadata } from 'next';
import { hasRole } from '@/lib/roles';
import { getNewClaimForm } from '@/lib/server/claims/get-new-claim-form';
import { loadOr404 } from '@/lib/server/load-or-404';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { CreateClaimForm } from './_components/create-claim-form';

export const metadata: Metadata = { title: 'Make a claim' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ start?: string; end?: string }> };

export default async function NewClaimPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireDeskUser();
  const span = { start: Number(query.start), end: Number(query.end) };
  const { article, proposal, others, speakers } = await loadOr404(getNewClaimForm(user, id, span));
  return (
    <div className="max-w-3xl space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/desk/articles/${article.id}`} className="text-blue-800 hover:underline">
          ← {article.title}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">Make a claim</h1>
      {!hasRole(user.role, 'EDITOR') ? (
        <p className="text-sm text-stone-700">Viewers cannot make claims.</p>
      ) : !proposal ? (
        <p className="text-sm text-stone-700">
          Select the claim’s words in the{' '}
          <Link href={`/desk/articles/${article.id}`} className="text-blue-800 underline">
            article
          </Link>{' '}
          first, then choose “Make a claim”.
        </p>
      ) : (
        <section className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <p className="mb-4 text-sm text-stone-600">
            The extractor proposed these values (check-worthiness {proposal.score.toFixed(2)}); correct
            anything before saving.
          </p>
          <CreateClaimForm
            articleId={article.id}
            score={proposal.score}
            speakers={speakers}
            article={article.text}
            others={others}
            values={{
              claimReviewed: proposal.claimReviewed,
              speaker: proposal.speaker ?? '',
              kind: proposal.kind,
              quantityMin: proposal.quantity?.min ?? null,
              quantityMax: proposal.quantity?.max ?? null,
              quantityUnit: proposal.quantity?.unit ?? null,
              quantityPeriod: proposal.quantity?.period ?? null,
              start: span.start,
              end: span.end,
            }}
          />
        </section>
      )}
    </div>
  );
}
