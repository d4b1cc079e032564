import Link from 'next/link';
import { deskClaimHistoryPath, deskClaimPath } from '@/lib/routes';

const TABS = [
  { key: 'claim', label: 'Claim', href: deskClaimPath },
  { key: 'history', label: 'History', href: deskClaimHistoryPath },
] as const;

export function ClaimTabs({ claimId, current }: { claimId: string; current: (typeof TABS)[number]['key'] }) {
  return (
    <nav aria-label="Claim views" className="flex gap-1 border-b border-stone-300 text-sm">
      {TABS.map((t) => (
        <Link
          key={t.key}
          href={t.href(claimId)}
          aria-current={t.key === current ? 'page' : undefined}
          className={`-mb-px rounded-t border px-3 py-1.5 ${t.key === current ? 'border-stone-300 border-b-stone-50 bg-stone-50 font-semibold' : 'border-transparent text-blue-800 hover:underline'}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
