import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ROLE_LABEL } from '@/lib/roles';
import { getSettings } from '@/lib/server/settings/get-settings';
import { listUsers } from '@/lib/server/users/list-users';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { CreateUserForm, SettingsForm, UserRowForm } from './_components/admin-forms';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminPage() {
  const user = await requireDeskUser();
  if (user.role !== 'ADMIN') notFound();
  const [users, settings] = await Promise.all([listUsers(user), getSettings()]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Admin</h1>
      <p className="text-sm">
        <Link href="/desk/admin/extraction" className="text-blue-800 hover:underline">
          Claim extractor: how its suggestions fare with the desk, and retraining
        </Link>
      </p>
      <section aria-labelledby="review-h" className="space-y-2 rounded-lg bg-white p-5 ring-1 ring-stone-200">
        <h2 id="review-h" className="text-lg font-semibold">
          Review
        </h2>
        <SettingsForm reviewVotes={settings.reviewVotes} />
      </section>
      <section
        aria-labelledby="new-user-h"
        className="space-y-2 rounded-lg bg-white p-5 ring-1 ring-stone-200"
      >
        <h2 id="new-user-h" className="text-lg font-semibold">
          New user
        </h2>
        <CreateUserForm />
      </section>
      <section aria-labelledby="users-h" className="space-y-2">
        <h2 id="users-h" className="text-lg font-semibold">
          Users ({users.length})
        </h2>
        <ul className="space-y-2" data-testid="users">
          {users.map((u) => (
            <li key={u.id} className="rounded-md bg-white p-3 ring-1 ring-stone-200">
              <p className="mb-2 text-sm">
                <strong>{u.name}</strong> · {u.email} · {ROLE_LABEL[u.role]}
                {u.disabled ? ' · disabled' : ''}
              </p>
              <UserRowForm user={u} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
