import Link from 'next/link';
import type { Metadata } from 'next';
import { stamp } from '@/lib/dates';
import { SUBMISSION_KIND_LABEL } from '@/lib/labels';
import { hasRole } from '@/lib/roles';
import { listAssignedToMe } from '@/lib/server/claims/list-assigned-to-me';
import { listSentBackToMe } from '@/lib/server/claims/list-sent-back-to-me';
import { listWaitingForMyReview } from '@/lib/server/claims/list-waiting-for-my-review';
import { listArticles } from '@/lib/server/articles/list-articles';
import {
  listRecentReaderMessages,
  RECENT_MESSAGES,
} from '@/lib/server/submissions/list-recent-reader-messages';
import { DESK_LIST_SIZE } from '@/lib/server/claims/desk-claim-row';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { deskQueuePath, deskSubmissionsPath } from '@/lib/routes';
import { ArticlesTable } from './_components/articles-table';
import { ClaimRow, WorkSection } from './_components/work-section';

export const metadata: Metadata = { title: 'Desk' };

/** The desk opens on the work waiting for this person, then the articles. */
export default async function DeskHome() {
  const user = await requireDeskUser();
  const editor = hasRole(user.role, 'EDITOR');
  const chief = hasRole(user.role, 'CHIEF');
  const [assigned, review, sentBack, messages, articles] = await Promise.all([
    editor ? listAssignedToMe(user) : [],
    listWaitingForMyReview(user),
    editor ? listSentBackToMe(user) : [],
    listRecentReaderMessages(user),
    listArticles(user),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Your desk</h1>
      {editor && (
        <div className="grid gap-4 lg:grid-cols-2">
          {chief && (
            <WorkSection
              title="Waiting for my review"
              count={review.length}
              limit={DESK_LIST_SIZE}
              empty="No verdict is waiting for your vote."
              testId="waiting-for-review"
            >
              {review.map((c) => (
                <ClaimRow key={c.id} claim={c}>
                  <p className="text-xs text-stone-600">
                    {c.correction ? 'Correction' : 'Verdict'} by {c.author}
                  </p>
                </ClaimRow>
              ))}
            </WorkSection>
          )}
          <WorkSection
            title="Sent back to me"
            count={sentBack.length}
            limit={DESK_LIST_SIZE}
            empty="Nothing was sent back."
            testId="sent-back"
          >
            {sentBack.map((c) => (
              <ClaimRow key={c.id} claim={c}>
                {c.comments.map((r) => (
                  <blockquote key={r.by} className="mt-1 border-l-2 border-red-300 pl-2 text-stone-700">
                    {r.comment} <span className="text-xs text-stone-500">— {r.by}</span>
                  </blockquote>
                ))}
              </ClaimRow>
            ))}
          </WorkSection>
          <WorkSection
            title="Assigned to me"
            count={assigned.length}
            limit={DESK_LIST_SIZE}
            empty="No open claim is assigned to you."
            more={{ href: deskQueuePath(undefined, true), label: 'My claims' }}
            testId="assigned-to-me"
          >
            {assigned.map((c) => (
              <ClaimRow key={c.id} claim={c} />
            ))}
          </WorkSection>
          <WorkSection
            title="New reader messages"
            count={messages.length}
            limit={RECENT_MESSAGES}
            empty="No new messages from readers."
            more={{ href: deskSubmissionsPath(), label: 'All reader messages' }}
            testId="recent-messages"
          >
            {messages.map((m) => (
              <li key={m.id} className="py-2">
                <p className="text-xs text-stone-600">
                  {SUBMISSION_KIND_LABEL[m.kind]} · {stamp(m.createdAt)}
                </p>
                <p className="line-clamp-2 whitespace-pre-wrap">{m.message}</p>
              </li>
            ))}
          </WorkSection>
        </div>
      )}
      <section aria-labelledby="articles-h" className="space-y-3">
        <h2 id="articles-h" className="text-xl font-semibold">
          Articles
        </h2>
        <ArticlesTable articles={articles} />
      </section>
      {!editor && (
        <p className="text-sm text-stone-600">
          Viewers can read every claim in the{' '}
          <Link href="/desk/queue" className="text-blue-800 underline">
            queue
          </Link>
          .
        </p>
      )}
    </div>
  );
}
