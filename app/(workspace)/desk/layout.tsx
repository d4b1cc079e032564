import Link from 'next/link';
import { ROLE_LABEL } from '@/lib/roles';
import { requireDeskUser } from '@/lib/server/require-desk-user';

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requireDeskUser();
  return (
    <div>
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
          <nav aria-label="Workspace" className="flex items-center gap-6 text-sm">
            <Link href="/desk" className="text-base font-bold tracking-tight">
              Claimdesk <span className="font-normal text-stone-500">desk</span>
            </Link>
            <Link href="/desk" className="hover:underline">
              Articles
            </Link>
            <Link href="/desk/queue" className="hover:underline">
              Queue
            </Link>
            <Link href="/desk/queue?status=RESEARCHING&mine=1" className="hover:underline">
              My claims
            </Link>
            <Link href="/desk/submissions" className="hover:underline">
              Reader messages
            </Link>
            <Link href="/desk/import" className="hover:underline">
              Import article
            </Link>
            {user.role === 'ADMIN' && (
              <Link href="/desk/admin" className="hover:underline">
                Admin
              </Link>
            )}
            <Link href="/" className="hover:underline">
              Public site
            </Link>
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <span data-testid="signed-in-as">
              {user.name} · <span className="text-stone-600">{ROLE_LABEL[user.role]}</span>
            </span>
            <Link href="/logout" className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100">
              Sign out
            </Link>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
