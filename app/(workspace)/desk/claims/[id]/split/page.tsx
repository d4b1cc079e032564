import Link from 'next/link';
import type { Metadata } from 'next';
import { hasRole } from '@/lib/roles';
import { getClaimForDesk } from '@/lib/server/claims/get-claim-for-desk';
import { loadOr404 } from '@/lib/server/load-or-404';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { SplitForm } from './_components/split-form';

export const metadata: Metadata = { title: 'Split claim' };

export default async function SplitClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireDeskUser();
  const claim = await loadOr404(getClaimForDesk(user, id));
  const blocked = !hasRole(user.role, 'EDITOR')
    ? 'Viewers cannot split claims.'
    : claim.publishedVerdictId
      ? 'This claim has a public verdict, so splitting it would change what readers see. Make a new claim from the other words in the article instead.'
      : claim.status === 'ARCHIVED' || claim.status === 'NOT_CHECKABLE'
        ? 'Reopen this claim to split it.'
        : null;
  return (
    <div className="max-w-3xl space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/desk/claims/${claim.id}`} className="text-blue-800 hover:underline">
          ← Back to the claim
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">Split claim</h1>
      <p className="text-sm text-stone-700">{claim.claimReviewed}</p>
      {blocked ? (
        <p className="text-sm text-stone-700">{blocked}</p>
      ) : (
        <section className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <SplitForm
            claimId={claim.id}
            version={claim.version}
            quote={claim.quote}
            start={claim.startOffset}
            claimReviewed={claim.claimReviewed}
          />
        </section>
      )}
    </div>
  );
}
