import Link from 'next/link';
import type { Metadata } from 'next';
import { can } from '@/lib/access-rules';
import { listReaderSubmissions } from '@/lib/server/submissions/list-reader-submissions';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { verdictPath } from '@/lib/routes';
import { stamp } from '@/lib/dates';
import { RATINGS } from '@/lib/ratings';
import { matchPublished } from '@/lib/server/search/match-published';

export const metadata: Metadata = { title: 'Reader messages' };

export default async function SubmissionsPage() {
  const user = await requireDeskUser();
  if (!can(user.role, 'submission.read')) return <p>Viewers cannot read reader messages.</p>;
  const submissions = await listReaderSubmissions(user);
  // Matches for the newest suggestions only: each is a ranked search, and older ones were handled.
  const matches = new Map(
    await Promise.all(submissions.filter((s) => s.kind === 'SUGGEST_CLAIM').slice(0, 20).map(async (s) => [s.id, await matchPublished(s.message, 2)] as const)),
  );
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
              {(matches.get(s.id)?.length ?? 0) > 0 && (
                <div className="mt-2 rounded bg-sky-50 p-2 ring-1 ring-sky-200" data-testid="submission-matches">
                  <p className="text-xs font-medium text-stone-700">Maybe checked already:</p>
                  <ul>
                    {matches.get(s.id)!.map((m) => (
                      <li key={m.url}>
                        {RATINGS[m.rating].label}:{' '}
                        <a href={m.url} className="text-blue-800 underline">
                          {m.claimReviewed}
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
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
