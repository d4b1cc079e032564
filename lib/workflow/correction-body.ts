import type { Rating } from '@/generated/prisma/enums';
import { RATINGS } from '@/lib/ratings';

/** The public correction note a published change of verdict adds, shared by publishing and its preview. */
export function correctionBody(previous: Rating, next: Rating, note: string | null): string {
  const from = RATINGS[previous].label;
  const to = RATINGS[next].label;
  const what = from === to ? `Verdict updated (still ${to})` : `Rating changed from ${from} to ${to}`;
  return `${what}: ${note ?? ''}`.trim();
}
