import Link from 'next/link';
import { DeskSearchBox } from '@/components/search/desk-search-box';
import { DeskNav } from './_components/desk-nav';
import { can, type AccessAction } from '@/lib/access-rules';
import { ROLE_LABEL } from '@/lib/roles';
import { countUnreadNotifications } from '@/lib/server/notifications/count-unread-notifications';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import {
  deskAdminPath,
  deskExportPath,
  deskImportPath,
  deskNotificationsPath,
  deskPath,
  deskQueuePath,
  deskSubmissionsPath,
  homePath,
  logoutPath,
} from '@/lib/routes';

// Links to what every desk role may read have no action; the rest show only to those the action's rule allows.
const NAV: { href: string; label: string; action?: AccessAction }[] = [
  { href: deskPath(), label: 'Home' },
  { href: deskQueuePath(), label: 'Queue' },
  { href: deskQueuePath(undefined, true), label: 'My claims', action: 'claim.status' },
  { href: deskSubmissionsPath(), label: 'Reader messages', action: 'submission.read' },
  { href: deskImportPath(), label: 'Import article', action: 'article.import' },
  { href: '/desk/speakers', label: 'Speakers' },
  { href: deskExportPath(), label: 'Export' },
  { href: deskAdminPath(), label: 'Admin', action: 'user.read' },
  { href: homePath(), label: 'Public site' },
];

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requireDeskUser();
  const unread = await countUnreadNotifications(user);
  return (
    <div>
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <nav aria-label="Workspace" className="flex flex-wrap items-center gap-x-6 gap-y-1 text-sm">
            <Link href={deskPath()} className="text-base font-bold tracking-tight">
              Claimdesk <span className="font-normal text-stone-500">desk</span>
            </Link>
            <DeskNav items={NAV.filter((item) => !item.action || can(user.role, item.action))} />
          </nav>
          <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-2 text-sm">
            <DeskSearchBox />
            <Link
              href={deskNotificationsPath()}
              className="relative inline-flex items-center gap-1 rounded border border-stone-300 px-2 py-1 hover:bg-stone-100"
              data-testid="notification-bell"
              aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications, none unread'}
            >
              {/* A bell drawn inline: one icon does not justify an icon library. */}
              <svg
                aria-hidden
                viewBox="0 0 24 24"
                className="size-4"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
              >
                <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
                <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
              </svg>
              {unread > 0 && (
                <span className="rounded-full bg-red-800 px-1.5 text-xs font-semibold text-white tabular-nums">
                  {unread > 99 ? '99+' : unread}
                </span>
              )}
            </Link>
            <span data-testid="signed-in-as">
              {user.name} · <span className="text-stone-600">{ROLE_LABEL[user.role]}</span>
            </span>
            <Link href="/password" className="hover:underline">
              Change password
            </Link>
            <Link
              href={logoutPath()}
              className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100"
            >
              Sign out
            </Link>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="outline-none mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
