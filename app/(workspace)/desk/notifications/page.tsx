import Link from 'next/link';
import type { Metadata } from 'next';
import { stamp } from '@/lib/dates';
import { notificationText } from '@/lib/notification-text';
import { listNotifications } from '@/lib/server/notifications/list-notifications';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { MarkReadForm } from './_components/mark-read-form';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const user = await requireDeskUser();
  const notifications = await listNotifications(user);
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Notifications</h1>
        {unread > 0 && <MarkReadForm label="Mark all read" />}
      </div>
      {notifications.length === 0 ? (
        <p className="text-stone-600">
          Nothing yet. You will hear here when a claim is assigned to you, a review is asked of you, or your
          verdict is sent back or published.
        </p>
      ) : (
        <ul className="space-y-2" data-testid="notifications">
          {notifications.map((n) => (
            <li
              key={n.id}
              className={`flex flex-wrap items-start justify-between gap-3 rounded-md p-3 text-sm ring-1 ${n.readAt ? 'bg-white ring-stone-200' : 'bg-blue-50 ring-blue-300'}`}
            >
              <div className="min-w-0 space-y-1">
                <p>
                  {!n.readAt && (
                    <span className="mr-2 rounded bg-blue-800 px-1.5 py-0.5 text-xs font-semibold text-white">
                      New
                    </span>
                  )}
                  {notificationText(n.kind, n.actor?.name)}:{' '}
                  <Link href={`/desk/claims/${n.claim.id}`} className="font-medium text-blue-800 underline">
                    {n.claim.claimReviewed}
                  </Link>
                </p>
                {n.comment && (
                  <blockquote className="border-l-2 border-stone-300 pl-2 whitespace-pre-wrap text-stone-700">
                    {n.comment}
                  </blockquote>
                )}
                <p className="text-xs text-stone-600">{stamp(n.createdAt)}</p>
              </div>
              {!n.readAt && <MarkReadForm notificationId={n.id} label="Mark read" />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
