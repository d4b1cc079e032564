import Link from 'next/link';
import type { Metadata } from 'next';
import { hasRole } from '@/lib/roles';
import { listMergeCandidates } from '@/lib/server/claims/list-merge-candidates';
import { getClaimForDesk } from '@/lib/server/claims/get-claim-for-desk';
import { loadOr404 } from '@/lib/server/load-or-404';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { MergeForm } from './_components/merge-form';

export const metadata: Metadata = { title: 'Merge duplicates' };

export default async function MergeClaimsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireDeskUser();
  const claim = await loadOr404(getClaimForDesk(user, id));
  const { sameArticle, sameSpeaker } = await listMergeCandidates(user, claim);
  const shape = (list: typeof sameArticle) =>
    list.map((c) => ({
      id: c.id,
      claimReviewed: c.claimReviewed,
      quote: c.quote,
      status: c.status,
      speaker: c.speaker.name,
      article: c.article.title,
      sources: c._count.sources,
      notes: c._count.notes,
    }));
  const closed = claim.status === 'ARCHIVED' || claim.status === 'NOT_CHECKABLE';
  return (
    <div className="max-w-3xl space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/desk/claims/${claim.id}`} className="text-blue-800 hover:underline">
          ← Back to the claim
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">Merge duplicates into this claim</h1>
      <p className="text-sm text-stone-700">{claim.claimReviewed}</p>
      {!hasRole(user.role, 'EDITOR') ? (
        <p className="text-sm text-stone-700">Viewers cannot merge claims.</p>
      ) : closed ? (
        <p className="text-sm text-stone-700">Reopen this claim to merge duplicates into it.</p>
      ) : sameArticle.length + sameSpeaker.length === 0 ? (
        <p className="text-sm text-stone-700">No open claims from the same article or speaker to merge.</p>
      ) : (
        <section className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <MergeForm
            claimId={claim.id}
            version={claim.version}
            groups={[
              { title: 'In the same article', candidates: shape(sameArticle) },
              { title: `${claim.speaker.name}, newest in other articles`, candidates: shape(sameSpeaker) },
            ]}
          />
        </section>
      )}
    </div>
  );
}
