import type { Rating } from '@/generated/prisma/enums';
import { RATINGS } from '@/lib/ratings';

/** The public correction note a published change of verdict (or of the claim itself) adds, shared by publishing and its preview. */
export function correctionBody(
  previous: Rating,
  next: Rating,
  note: string | null,
  claimEdited = false,
): string {
  const from = RATINGS[previous].label;
  const to = RATINGS[next].label;
  const what =
    from !== to
      ? `Rating changed from ${from} to ${to}`
      : claimEdited
        ? `Claim updated (rating still ${to})`
        : `Verdict updated (still ${to})`;
  return `${what}: ${note ?? ''}`.trim();
}
