import Link from 'next/link';

const link = 'rounded border border-stone-300 bg-white px-2 py-1 text-sm hover:bg-stone-100';

/** Fixing what the extractor proposed: the claim's fields, where it is cut, and its duplicates. */
export function ClaimActions({ claimId, canSplit }: { claimId: string; canSplit: boolean }) {
  return (
    <p className="flex flex-wrap gap-2" data-testid="claim-actions">
      <Link href={`/desk/claims/${claimId}/edit`} className={link}>
        Edit claim
      </Link>
      {canSplit && (
        <Link href={`/desk/claims/${claimId}/split`} className={link}>
          Split
        </Link>
      )}
      <Link href={`/desk/claims/${claimId}/merge`} className={link}>
        Merge duplicates
      </Link>
    </p>
  );
}
