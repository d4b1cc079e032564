import Link from 'next/link';
import { NavLink } from '@/components/nav-link';
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

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <div>
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-bold tracking-tight">
            {ORGANISATION.name}
          </Link>
          <nav aria-label="Site" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <NavLink href="/">Latest verdicts</NavLink>
            <NavLink href={verdictsPath()}>All verdicts</NavLink>
            <NavLink href={methodologyPath()}>Methodology</NavLink>
            <NavLink href={correctionsPath()}>Corrections</NavLink>
            <NavLink href={suggestPath()}>Suggest a claim</NavLink>
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
