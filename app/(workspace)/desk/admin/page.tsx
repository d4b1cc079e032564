import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Pager } from '@/components/ui/pager';
import { deskAdminPath } from '@/lib/routes';
import { ROLE_LABEL } from '@/lib/roles';
import { getSettings } from '@/lib/server/settings/get-settings';
import { listUsers } from '@/lib/server/users/list-users';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { CreateUserForm, SettingsForm, UserRowForm } from './_components/admin-forms';

export const metadata: Metadata = { title: 'Admin' };

const querySchema = z.object({
  q: z.string().trim().max(200).catch(''),
  page: z.coerce.number().int().min(1).catch(1),
});

export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireDeskUser();
  if (user.role !== 'ADMIN') notFound();
  const query = querySchema.parse(await searchParams);
  const [{ users, total, page, pages }, settings] = await Promise.all([
    listUsers(user, { text: query.q, page: query.page }),
    getSettings(),
  ]);
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
          Users ({total})
        </h2>
        <form role="search" action={deskAdminPath()} className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-sm">
            <span className="font-medium">Find a user by name or email</span>
            <input
              type="search"
              name="q"
              defaultValue={query.q}
              className="mt-1 w-72 max-w-full rounded-md border border-stone-300 px-3 py-2"
            />
          </label>
          <Button type="submit" variant="secondary" className="py-2">
            Find
          </Button>
          {query.q && (
            <Link href={deskAdminPath()} className="py-2 text-sm text-blue-800 underline">
              Show everyone
            </Link>
          )}
        </form>
        {users.length === 0 && <p className="text-sm text-stone-600">No user matches “{query.q}”.</p>}
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
        <Pager
          page={page}
          pages={pages}
          href={(p) => deskAdminPath(query.q, p)}
          labels={{ prev: 'Previous', next: 'Next' }}
        />
      </section>
    </div>
  );
}
