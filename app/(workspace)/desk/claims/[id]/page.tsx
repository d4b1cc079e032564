import { Suspense } from 'react';
import Link from 'next/link';
import type { Metadata } from 'next';
import { ArticleText } from '@/components/article-text';
import { StatusBadge } from '@/components/status-badge';
import { VerdictBadge } from '@/components/verdict-badge';
import { KIND_LABEL } from '@/lib/labels';
import { can, canEditClaim } from '@/lib/access-rules';
import { getClaimForDesk } from '@/lib/server/claims/get-claim-for-desk';
import { getSettings } from '@/lib/server/settings/get-settings';
import { listAssignableEditors } from '@/lib/server/users/list-assignable-editors';
import { loadOr404 } from '@/lib/server/load-or-404';
import { renderMarkdown } from '@/lib/markdown';
import { getPendingEdit } from '@/lib/server/claims/get-pending-edit';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { NoteForm } from './_components/note-form';
import { NoteList } from './_components/note-list';
import { SourceList } from './_components/source-list';
import { ClaimActions } from './_components/claim-actions';
import { SourceForm } from './_components/source-form';
import { VerdictForm } from './_components/verdict-form';
import { ClaimTabs } from './_components/claim-tabs';
import { VerdictHistory } from './_components/verdict-history';
import { WorkflowPanel } from './_components/workflow-panel';
import { CopyEarlierSourcesForm } from './_components/copy-earlier-sources-form';
import { stamp } from '@/lib/dates';
import { describeFigure } from '@/lib/figures';
import { getReusableVerdict } from '@/lib/server/claims/get-reusable-verdict';
import { findPreviouslyChecked } from '@/lib/server/search/find-previously-checked';
import { PreviouslyChecked } from './_components/previously-checked';
import { deskArticlePath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Claim' };

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section
      className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-stone-200"
      data-testid={testId}
      aria-label={title}
    >
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

const SAVED: Record<string, string> = {
  claim: 'Claim saved.',
  created: 'Claim made from your selection.',
  split: 'Claim split: this is the second part; the first kept the sources and notes.',
};

export default async function ClaimPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ reuse?: string; saved?: string }>;
}) {
  const [{ id }, { reuse, saved }] = await Promise.all([params, searchParams]);
  const user = await requireDeskUser();
  const [claim, settings, editors] = await Promise.all([
    loadOr404(getClaimForDesk(user, id)),
    getSettings(),
    listAssignableEditors(user),
  ]);
  const canEdit = can(user.role, 'claim.link');
  const [reused, pendingEdit] = await Promise.all([
    canEdit && typeof reuse === 'string' ? getReusableVerdict(user, claim.id, reuse) : null,
    claim.status === 'PUBLISHED' ? getPendingEdit(user, claim) : null,
  ]);
  const editable = canEditClaim(user.role, claim.status);
  const latest = claim.verdicts[0];
  const publishedVerdict = claim.verdicts.find((v) => v.id === claim.publishedVerdictId);

  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={deskArticlePath(claim.article.id)} className="text-blue-800 hover:underline">
          ← {claim.article.title}
        </Link>
      </nav>
      {saved && SAVED[saved] && (
        <p
          role="status"
          className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 ring-1 ring-emerald-300"
          data-testid="saved-notice"
        >
          {SAVED[saved]}
        </p>
      )}
      {claim.mergedInto && (
        <p className="rounded-md bg-stone-100 p-3 text-sm ring-1 ring-stone-300" data-testid="merged-notice">
          Merged as a duplicate into{' '}
          <Link href={`/desk/claims/${claim.mergedInto.id}`} className="text-blue-800 underline">
            {claim.mergedInto.claimReviewed}
          </Link>
          ; its sources and notes are there.
        </p>
      )}
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
          <StatusBadge status={claim.status} />
          <span>{KIND_LABEL[claim.kind]}</span>
          <span>check-worthiness {claim.score.toFixed(2)}</span>
        </div>
        <h1 className="text-2xl font-semibold">{claim.claimReviewed}</h1>
        <p className="text-sm text-stone-700">
          {claim.speaker.name}
          {claim.speaker.title ? `, ${claim.speaker.title}` : ''}
          {claim.quantityMin !== null && (
            <span className="ml-2 rounded bg-stone-100 px-2 py-0.5">
              Asserts{' '}
              {describeFigure(
                claim.quantityMin,
                claim.quantityMax ?? claim.quantityMin,
                claim.quantityUnit,
                claim.quantityPeriod,
              )}
            </span>
          )}
        </p>
        {editable && <ClaimActions claimId={claim.id} canSplit={!claim.publishedVerdictId} />}
        {pendingEdit && (
          <div
            className="rounded-md bg-amber-50 p-3 text-sm ring-1 ring-amber-300"
            data-testid="pending-edit"
          >
            <p className="font-medium">
              Waiting for the correction to be published (readers still see the claim above):
            </p>
            <dl className="mt-1 grid gap-x-3 sm:grid-cols-[auto_1fr]">
              <dt className="text-stone-600">Claim as checked</dt>
              <dd>{pendingEdit.claimReviewed}</dd>
              <dt className="text-stone-600">Speaker</dt>
              <dd>{pendingEdit.speaker}</dd>
              <dt className="text-stone-600">Kind</dt>
              <dd>{KIND_LABEL[pendingEdit.kind]}</dd>
              {pendingEdit.quantity && (
                <>
                  <dt className="text-stone-600">Figure</dt>
                  <dd>{pendingEdit.quantity}</dd>
                </>
              )}
              <dt className="text-stone-600">Words</dt>
              <dd className="font-serif">“{pendingEdit.quote}”</dd>
            </dl>
          </div>
        )}
        <ClaimTabs claimId={claim.id} current="claim" />
        <div className="rounded-lg bg-white p-4 ring-1 ring-stone-200">
          <ArticleText
            text={claim.article.text}
            highlights={[
              { id: claim.id, start: claim.startOffset, end: claim.endOffset, label: 'This claim' },
            ]}
            range={{ start: claim.startOffset, end: claim.endOffset }}
          />
        </div>
      </header>

      <Section title="Workflow" testId="workflow">
        <WorkflowPanel claim={claim} user={user} reviewVotes={settings.reviewVotes} editors={editors} />
      </Section>

      <Section title="Previously checked" testId="previously-checked">
        {/* A ranked search: streamed after the forms, so editing never waits for it. */}
        <Suspense fallback={<p className="text-sm text-stone-600">Looking for earlier checks…</p>}>
          <PreviouslyCheckedMatches user={user} claimId={claim.id} canLink={canEdit} />
        </Suspense>
      </Section>

      <div className="grid gap-5 lg:grid-cols-2">
        <Section title="Verdict" testId="verdict">
          {latest ? (
            <div className="mb-4 space-y-2">
              <div className="flex items-center gap-2">
                <VerdictBadge rating={latest.rating} />
                <span className="font-medium">{latest.conclusion}</span>
              </div>
              <div
                className="prose-claim text-sm"
                dangerouslySetInnerHTML={{ __html: renderMarkdown(latest.rationale) }}
              />
              <p className="text-xs text-stone-600">
                By {latest.author.name}, {stamp(latest.createdAt)}
                {latest.approvedAt ? ` · approved ${stamp(latest.approvedAt)}` : ''}
                {latest.id === claim.publishedVerdictId ? ' · this is the public verdict' : ''}
              </p>
            </div>
          ) : (
            <p className="mb-4 text-sm text-stone-600">No verdict yet.</p>
          )}
          {reused && editable && (
            <div
              className="mb-2 rounded bg-amber-50 p-2 text-sm ring-1 ring-amber-200"
              data-testid="reuse-notice"
            >
              <p>
                The form starts from the published verdict on “{reused.from}” (marked as the same claim).
                Review it before saving.
              </p>
              {reused.sources.length > 0 && (
                <CopyEarlierSourcesForm
                  claimId={claim.id}
                  earlierId={reused.earlierId}
                  sources={reused.sources}
                />
              )}
            </div>
          )}
          {editable && (
            <VerdictForm
              claimId={claim.id}
              version={claim.version}
              current={reused ?? latest}
              published={claim.status === 'PUBLISHED'}
              seenByReaders={claim.lastPublishedVerdictId !== null}
            />
          )}
          <VerdictHistory verdicts={claim.verdicts.slice(1)} />
        </Section>

        <Section
          title={`Sources (${claim.sources.filter((x) => x.removedAt === null).length})`}
          testId="sources"
        >
          <SourceList
            sources={claim.sources}
            published={claim.status === 'PUBLISHED'}
            approvedAt={publishedVerdict?.approvedAt ?? null}
            editable={editable}
          />
          {editable && (
            <div className="border-t border-stone-200 pt-3">
              <h3 className="mb-2 font-semibold">Add a source</h3>
              <SourceForm claimId={claim.id} />
            </div>
          )}
        </Section>
      </div>

      {can(user.role, 'note.read') && (
        <Section title={`Internal notes (${claim.notes.length})`} testId="notes">
          <NoteList notes={claim.notes} editable={can(user.role, 'note.add')} />
          {can(user.role, 'note.add') && <NoteForm claimId={claim.id} />}
        </Section>
      )}
    </div>
  );
}

async function PreviouslyCheckedMatches({
  user,
  claimId,
  canLink,
}: {
  user: Parameters<typeof findPreviouslyChecked>[0];
  claimId: string;
  canLink: boolean;
}) {
  return (
    <PreviouslyChecked
      claimId={claimId}
      matches={await findPreviouslyChecked(user, claimId)}
      canLink={canLink}
    />
  );
}
