import Link from 'next/link';
import { homePath } from '@/lib/routes';

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    // Side padding keeps the card off a phone's edges; the link is the way back for a reader who came here.
    <div className="px-4 pt-10 sm:pt-20">
      <p className="mx-auto mb-4 max-w-sm text-sm">
        <Link href={homePath()} className="text-blue-800 underline">
          Claimdesk fact-checks
        </Link>
      </p>
      <main
        id="main"
        tabIndex={-1}
        className="outline-none mx-auto max-w-sm rounded-lg bg-white p-6 shadow-sm ring-1 ring-stone-200"
      >
        {children}
      </main>
    </div>
  );
}
