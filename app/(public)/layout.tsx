import Link from 'next/link';
import { NavLinks } from '@/components/nav-link';
import { ORGANISATION } from '@/lib/site';
import {
  atomFeedPath,
  claimReviewFeedPath,
  correctionsPath,
  deskPath,
  methodologyPath,
  suggestPath,
  verdictsPath,
} from '@/lib/routes';

const SITE_NAV = [
  { href: '/', label: 'Latest verdicts' },
  { href: verdictsPath(), label: 'All verdicts' },
  { href: methodologyPath(), label: 'Methodology' },
  { href: correctionsPath(), label: 'Corrections' },
  { href: suggestPath(), label: 'Suggest a claim' },
];

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <div>
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-bold tracking-tight">
            {ORGANISATION.name}
          </Link>
          <nav aria-label="Site" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <NavLinks items={SITE_NAV} />
            <Link href={deskPath()} className="hover:underline">
              Editors’ sign-in
            </Link>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="outline-none mx-auto max-w-4xl px-4 py-8">
        {children}
      </main>
      <footer className="mx-auto max-w-4xl px-4 pb-8 text-sm text-stone-600">
        <a href={atomFeedPath()} className="underline">
          Atom feed
        </a>{' '}
        ·{' '}
        <a href={claimReviewFeedPath()} className="underline">
          ClaimReview feed
        </a>
      </footer>
    </div>
  );
}
