import type { Rating } from '@/generated/prisma/enums';
import { RATINGS } from '@/lib/ratings';

const TONE = {
  false: 'bg-red-100 text-red-900 ring-red-300',
  mixed: 'bg-amber-100 text-amber-900 ring-amber-300',
  true: 'bg-emerald-100 text-emerald-900 ring-emerald-300',
  neutral: 'bg-stone-200 text-stone-800 ring-stone-300',
} as const;

/** The verdict label always carries its text; the colour only reinforces it. */
export function VerdictBadge({ rating, size = 'md' }: { rating: Rating; size?: 'md' | 'lg' }) {
  const info = RATINGS[rating];
  const sizing = size === 'lg' ? 'px-3 py-1 text-lg' : 'px-2 py-0.5 text-xs';
  return (
    <span
      data-testid="verdict-label"
      className={`inline-block shrink-0 rounded font-semibold whitespace-nowrap ring-1 ${sizing} ${TONE[info.tone]}`}
    >
      {info.label}
    </span>
  );
}
