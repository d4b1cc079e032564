import Link from 'next/link';
import { Pager } from '@/components/ui/pager';
import type { Metadata } from 'next';
import { z } from 'zod';
import { SubmissionStatus } from '@/generated/prisma/enums';
import { stamp } from '@/lib/dates';
import { SUBMISSION_KIND_LABEL, SUBMISSION_STATUS_LABEL } from '@/lib/labels';
import { can } from '@/lib/access-rules';
import { listReaderSubmissions } from '@/lib/server/submissions/list-reader-submissions';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { deskClaimPath, deskSubmissionsPath, verdictPath } from '@/lib/routes';
import { TriageForm, TurnIntoClaimForm } from './_components/triage-forms';
import { RATINGS } from '@/lib/ratings';
import { matchPublished } from '@/lib/server/search/match-published';

export const metadata: Metadata = { title: 'Reader messages' };

const querySchema = z.object({
  status: z.enum(SubmissionStatus).catch('NEW'),
  page: z.coerce.number().int().min(1).catch(1),
});

export default async function SubmissionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireDeskUser();
  if (!can(user.role, 'submission.read')) return <p>Viewers cannot read reader messages.</p>;
  const query = querySchema.parse(await searchParams);
  const { submissions, counts, page, pages } = await listReaderSubmissions(user, query);
  const href = (status: SubmissionStatus, p = 1) => deskSubmissionsPath(status, p);
  // Matches for the newest suggestions only: each is a ranked search, and older ones were handled.
  const matches = new Map(
    await Promise.all(
      submissions
        .filter((s) => s.kind === 'SUGGEST_CLAIM')
        .slice(0, 20)
        .map(async (s) => [s.id, await matchPublished(s.message, 2)] as const),
    ),
  );
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Reader messages</h1>
      <nav aria-label="Triage status" className="flex flex-wrap gap-1 border-b border-stone-300 text-sm">
        {Object.values(SubmissionStatus).map((s) => (
          <Link
            key={s}
            href={href(s)}
            aria-current={s === query.status ? 'page' : undefined}
            className={`-mb-px rounded-t border px-3 py-1.5 ${s === query.status ? 'border-stone-300 border-b-stone-50 bg-stone-50 font-semibold' : 'border-transparent text-blue-800 hover:underline'}`}
          >
            {SUBMISSION_STATUS_LABEL[s]}{' '}
            <span className="text-stone-500 tabular-nums">({counts[s] ?? 0})</span>
          </Link>
        ))}
      </nav>
      {submissions.length === 0 ? (
        <p className="text-stone-600">No messages here.</p>
      ) : (
        <ul className="space-y-3" data-testid="submissions">
          {submissions.map((s) => (
            <li
              key={s.id}
              className="space-y-2 rounded-md bg-white p-3 text-sm ring-1 ring-stone-200"
              data-testid={`submission-${s.id}`}
            >
              <p className="text-xs text-stone-600">
                {SUBMISSION_KIND_LABEL[s.kind]} · {stamp(s.createdAt)}
                {s.email ? ` · ${s.email}` : ''}
              </p>
              <p className="whitespace-pre-wrap">{s.message}</p>
              {s.url && (
                <a
                  href={s.url}
                  rel="nofollow noopener noreferrer"
                  className="break-all text-blue-800 underline"
                >
                  {s.url}
                </a>
              )}
              {(matches.get(s.id)?.length ?? 0) > 0 && (
                <div
                  className="mt-2 rounded bg-sky-50 p-2 ring-1 ring-sky-200"
                  data-testid="submission-matches"
                >
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
              {s.claim ? (
                <p>
                  Turned into the claim{' '}
                  <Link href={deskClaimPath(s.claim.id)} className="font-medium text-blue-800 underline">
                    {s.claim.claimReviewed}
                  </Link>
                </p>
              ) : (
                <div className="flex flex-wrap items-start gap-2">
                  {s.status !== 'CLAIMED' && <TurnIntoClaimForm submissionId={s.id} message={s.message} />}
                  {s.status !== 'ANSWERED' && s.status !== 'CLAIMED' && (
                    <TriageForm submissionId={s.id} status="ANSWERED" label="Mark answered" />
                  )}
                  {s.status !== 'DISMISSED' && s.status !== 'CLAIMED' && (
                    <TriageForm submissionId={s.id} status="DISMISSED" label="Dismiss" />
                  )}
                  {(s.status === 'ANSWERED' || s.status === 'DISMISSED') && (
                    <TriageForm submissionId={s.id} status="NEW" label="Back to new" />
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pages={pages} href={(p) => href(query.status, p)} />
    </section>
  );
}
