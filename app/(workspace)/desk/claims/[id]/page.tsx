import Link from 'next/link';
import type { Metadata } from 'next';
import { ArticleText } from '@/components/article-text';
import { StatusBadge } from '@/components/status-badge';
import { VerdictBadge } from '@/components/verdict-badge';
import { KIND_LABEL, SOURCE_KIND_LABEL, STANCE_LABEL } from '@/lib/labels';
import { can, canEditClaim } from '@/lib/access-rules';
import { getClaimForDesk } from '@/lib/server/claims/get-claim-for-desk';
import { getSettings } from '@/lib/server/settings/get-settings';
import { listAssignableEditors } from '@/lib/server/users/list-assignable-editors';
import { loadOr404 } from '@/lib/server/load-or-404';
import { renderMarkdown } from '@/lib/markdown';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { NoteForm } from './_components/note-form';
import { SourceForm } from './_components/source-form';
import { VerdictForm } from './_components/verdict-form';
import { ClaimTabs } from './_components/claim-tabs';
import { VerdictHistory } from './_components/verdict-history';
import { WorkflowPanel } from './_components/workflow-panel';
import { stamp } from '@/lib/dates';
import { deskArticlePath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Claim' };


function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-stone-200" data-testid={testId} aria-label={title}>
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireDeskUser();
  const [claim, settings, editors] = await Promise.all([loadOr404(getClaimForDesk(user, id)), getSettings(), listAssignableEditors(user)]);
  const editable = canEditClaim(user.role, claim.status);
  const latest = claim.verdicts[0];

  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={deskArticlePath(claim.article.id)} className="text-blue-800 hover:underline">
          ← {claim.article.title}
        </Link>
      </nav>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
          <StatusBadge status={claim.status} />
          <span>{KIND_LABEL[claim.kind]}</span>
          <span>check-worthiness {claim.score.toFixed(2)}</span>
          <span>version {claim.version}</span>
        </div>
        <h1 className="text-2xl font-semibold">{claim.claimReviewed}</h1>
        <p className="text-sm text-stone-700">
          {claim.speaker.name}
          {claim.speaker.title ? `, ${claim.speaker.title}` : ''}
          {claim.quantityMin !== null && (
            <span className="ml-2 rounded bg-stone-100 px-2 py-0.5">
              Asserts {claim.quantityMin.toLocaleString('en')}
              {claim.quantityMax !== claim.quantityMin ? `–${claim.quantityMax?.toLocaleString('en')}` : ''} {claim.quantityUnit}
              {claim.quantityPeriod ? ` per ${claim.quantityPeriod}` : ''}
            </span>
          )}
        </p>
        <ClaimTabs claimId={claim.id} current="claim" />
        <div className="rounded-lg bg-white p-4 ring-1 ring-stone-200">
          <ArticleText text={claim.article.text} highlights={[{ id: claim.id, start: claim.startOffset, end: claim.endOffset, label: 'This claim' }]} range={{ start: claim.startOffset, end: claim.endOffset }} />
        </div>
      </header>

      <Section title="Workflow" testId="workflow">
        <WorkflowPanel claim={claim} user={user} reviewVotes={settings.reviewVotes} editors={editors} />
      </Section>

      <div className="grid gap-5 lg:grid-cols-2">
        <Section title="Verdict" testId="verdict">
          {latest ? (
            <div className="mb-4 space-y-2">
              <div className="flex items-center gap-2">
                <VerdictBadge rating={latest.rating} />
                <span className="font-medium">{latest.conclusion}</span>
              </div>
              <div className="prose-claim text-sm" dangerouslySetInnerHTML={{ __html: renderMarkdown(latest.rationale) }} />
              <p className="text-xs text-stone-600">
                By {latest.author.name}, {stamp(latest.createdAt)}
                {latest.approvedAt ? ` · approved ${stamp(latest.approvedAt)}` : ''}
                {latest.id === claim.publishedVerdictId ? ' · this is the public verdict' : ''}
              </p>
            </div>
          ) : (
            <p className="mb-4 text-sm text-stone-600">No verdict yet.</p>
          )}
          {editable && <VerdictForm claimId={claim.id} version={claim.version} current={latest} published={claim.status === 'PUBLISHED'} />}
          <VerdictHistory verdicts={claim.verdicts.slice(1)} />
        </Section>

        <Section title={`Sources (${claim.sources.length})`} testId="sources">
          <ul className="mb-4 space-y-3">
            {claim.sources.map((s) => (
              <li key={s.id} className="text-sm">
                <a href={s.url} className="font-medium text-blue-800 underline" rel="noopener noreferrer" target="_blank">
                  {s.title}
                </a>{' '}
                <span className="text-stone-600">
                  — {s.publisher} · {STANCE_LABEL[s.stance]} · {SOURCE_KIND_LABEL[s.kind]}
                  {s.figure !== null ? ` · figure ${s.figure.toLocaleString('en')}` : ''}
                </span>
                {s.excerpt && <blockquote className="mt-1 border-l-2 border-stone-300 pl-2 text-stone-700">{s.excerpt}</blockquote>}
                <p className="text-xs text-stone-500">Added by {s.addedBy.name}</p>
              </li>
            ))}
          </ul>
          {editable && <SourceForm claimId={claim.id} />}
        </Section>
      </div>

      {can(user.role, 'note.read') && (
      <Section title={`Internal notes (${claim.notes.length})`} testId="notes">
        <ul className="mb-4 space-y-3">
          {claim.notes.map((n) => (
            <li key={n.id} className="rounded bg-amber-50 p-3 text-sm ring-1 ring-amber-200">
              <div className="prose-claim" dangerouslySetInnerHTML={{ __html: renderMarkdown(n.body) }} />
              <p className="text-xs text-stone-600">
                {n.author.name}, {stamp(n.createdAt)}
              </p>
            </li>
          ))}
        </ul>
        {can(user.role, 'note.add') && <NoteForm claimId={claim.id} />}
      </Section>
      )}
    </div>
  );
}
