import type { Metadata } from 'next';
import { VerdictArticle } from '@/components/public/verdict-article';
import { getClaimPreview } from '@/lib/server/claims/get-claim-preview';
import { loadOr404 } from '@/lib/server/load-or-404';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { ClaimTabs } from '../_components/claim-tabs';

export const metadata: Metadata = { title: 'Preview', robots: { index: false } };

export default async function ClaimPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireDeskUser();
  const preview = await loadOr404(getClaimPreview(user, id));
  return (
    <div className="space-y-4">
      <ClaimTabs claimId={id} current="preview" />
      {preview ? (
        <>
          <p
            role="note"
            className="rounded-md bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-300"
            data-testid="preview-note"
          >
            Preview: this is the public page, ClaimReview included, as readers will see it once the newest
            verdict is published. Readers cannot see it yet.
          </p>
          <div className="mx-auto max-w-4xl rounded-lg bg-stone-50 px-4 py-6 ring-1 ring-stone-200">
            <VerdictArticle claim={preview} />
          </div>
        </>
      ) : (
        <p className="text-stone-600">There is nothing to preview until a verdict is written.</p>
      )}
    </div>
  );
}
