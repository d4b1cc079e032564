import Link from 'next/link';
import type { Metadata } from 'next';
import { can } from '@/lib/access-rules';
import { listReaderSubmissions } from '@/lib/server/submissions/list-reader-submissions';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { verdictPath } from '@/lib/routes';
import { stamp } from '@/lib/dates';

export const metadata: Metadata = { title: 'Reader messages' };

export default async function SubmissionsPage() {
  const user = await requireDeskUser();
  if (!can(user.role, 'submission.read')) return <p>Viewers cannot read reader messages.</p>;
  const submissions = await listReaderSubmissions(user);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Reader messages</h1>
      {submissions.length === 0 ? (
        <p className="text-stone-600">No messages yet.</p>
      ) : (
        <ul className="space-y-3" data-testid="submissions">
          {submissions.map((s) => (
            <li key={s.id} className="rounded-md bg-white p-3 text-sm ring-1 ring-stone-200">
              <p className="text-xs text-stone-600">
                {s.kind === 'SUGGEST_CLAIM' ? 'Claim suggestion' : 'Error report'} · {stamp(s.createdAt)}
                {s.email ? ` · ${s.email}` : ''}
              </p>
              <p className="whitespace-pre-wrap">{s.message}</p>
              {s.url && (
                <a href={s.url} rel="nofollow noopener noreferrer" className="text-blue-800 underline">
                  {s.url}
                </a>
              )}
              {s.claimSlug && (
                <p>
                  About{' '}
                  <Link href={verdictPath(s.claimSlug)} className="text-blue-800 underline">
                    this verdict
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
