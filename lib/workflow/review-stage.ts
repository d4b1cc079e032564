import type { ClaimStatus } from '@/generated/prisma/enums';

export type ReviewStage = 'NO_VERDICT' | 'DRAFT' | 'IN_REVIEW' | 'REJECTED' | 'APPROVED' | 'PUBLISHED';

/**
 * Where the claim's newest verdict stands. Derived, not stored, so it can never disagree with the
 * verdict rows. On a published claim a newer verdict is a correction and is open for votes at once.
 */
export function reviewStage(
  claim: { status: ClaimStatus; publishedVerdictId: string | null },
  newest: { id: string; approvedAt: Date | null; rejectedAt: Date | null } | undefined,
): ReviewStage {
  if (!newest) return 'NO_VERDICT';
  if (newest.rejectedAt) return 'REJECTED';
  if (newest.approvedAt) return newest.id === claim.publishedVerdictId ? 'PUBLISHED' : 'APPROVED';
  return claim.status === 'IN_REVIEW' || claim.status === 'PUBLISHED' ? 'IN_REVIEW' : 'DRAFT';
}
