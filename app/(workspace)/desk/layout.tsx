import Link from 'next/link';
import type { Role } from '@/generated/prisma/enums';
import { hasRole, ROLE_LABEL } from '@/lib/roles';
import { requireDeskUser } from '@/lib/server/require-desk-user';

const NAV: { href: string; label: string; role: Role }[] = [
  { href: '/desk', label: 'Articles', role: 'VIEWER' },
  { href: '/desk/queue', label: 'Queue', role: 'VIEWER' },
  { href: '/desk/queue?status=RESEARCHING&mine=1', label: 'My claims', role: 'EDITOR' },
  { href: '/desk/submissions', label: 'Reader messages', role: 'EDITOR' },
  { href: '/desk/speakers', label: 'Speakers', role: 'VIEWER' },
  { href: '/desk/import', label: 'Import article', role: 'EDITOR' },
  { href: '/desk/export', label: 'Export', role: 'VIEWER' },
  { href: '/desk/admin', label: 'Admin', role: 'ADMIN' },
  { href: '/', label: 'Public site', role: 'VIEWER' },
];

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requireDeskUser();
  return (
    <div>
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <nav aria-label="Workspace" className="flex flex-wrap items-center gap-x-6 gap-y-1 text-sm">
            <Link href="/desk" className="text-base font-bold tracking-tight">
              Claimdesk <span className="font-normal text-stone-500">desk</span>
            </Link>
            {NAV.filter((item) => hasRole(user.role, item.role)).map((item) => (
              <Link key={item.href} href={item.href} className="hover:underline">
                {item.label}
              </Link>
            ))}
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
