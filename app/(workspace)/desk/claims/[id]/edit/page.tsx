import Link from 'next/link';
import type { Metadata } from 'next';
import { hasRole } from '@/lib/roles';
import { getClaimEditForm } from '@/lib/server/claims/get-claim-edit-form';
import { loadOr404 } from '@/lib/server/load-or-404';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { EditClaimForm } from './_components/edit-claim-form';

export const metadata: Metadata = { title: 'Edit claim' };

export default async function EditClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireDeskUser();
  const { claim, pending, values, others, speakers } = await loadOr404(getClaimEditForm(user, id));
  const published = claim.status === 'PUBLISHED';
  const closed = claim.status === 'ARCHIVED' || claim.status === 'NOT_CHECKABLE';
  return (
    <div className="max-w-3xl space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/desk/claims/${claim.id}`} className="text-blue-800 hover:underline">
          ← Back to the claim
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">Edit claim</h1>
      {published && (
        <p
          className="rounded-md bg-amber-50 p-3 text-sm ring-1 ring-amber-300"
          data-testid="correction-explainer"
        >
          This claim is published. Your edit goes to review as a correction; readers keep seeing the current
          claim until a chief publishes it.
          {pending ? ' The form shows the edit already waiting for that correction.' : ''}
        </p>
      )}
      {!hasRole(user.role, 'EDITOR') ? (
        <p className="text-sm text-stone-700">Viewers cannot edit claims.</p>
      ) : closed ? (
        <p className="text-sm text-stone-700">
          This claim is {claim.status === 'ARCHIVED' ? 'archived' : 'marked not checkable'}; reopen it to edit
          it.
        </p>
      ) : (
        <section className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <EditClaimForm
            claimId={claim.id}
            version={claim.version}
            published={published}
            values={values}
            speakers={speakers}
            article={claim.article.text}
            others={others}
          />
        </section>
      )}
    </div>
  );
}
