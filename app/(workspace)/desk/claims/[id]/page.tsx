import Link from 'next/link';
import type { Metadata } from 'next';
import { ArticleText } from '@/components/article-text';
import { StatusBadge } from '@/components/status-badge';
import { VerdictBadge } from '@/components/verdict-badge';
import { KIND_LABEL, SOURCE_KIND_LABEL, STANCE_LABEL } from '@/lib/labels';
import { hasRole } from '@/lib/roles';
import { getClaimForDesk } from '@/lib/server/data/get-claim-for-desk';
import { loadOr404 } from '@/lib/server/load-or-404';
import { renderMarkdown } from '@/lib/server/markdown';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { NoteForm } from './_components/note-form';
import { SourceForm } from './_components/source-form';
import { VerdictForm } from './_components/verdict-form';
import { ApproveForm, SendForReviewForm } from './_components/workflow-forms';

export const metadata: Metadata = { title: 'Claim' };

const when = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

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
  const claim = await loadOr404(getClaimForDesk(user, id));
  const canEdit = hasRole(user.role, 'EDITOR');
  const editable = canEdit && claim.status !== 'PUBLISHED' && claim.status !== 'ARCHIVED';
  const latest = claim.verdicts[0];
  const ownVerdict = latest?.author.id === user.id;

  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/desk/articles/${claim.article.id}`} className="text-blue-800 hover:underline">
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
        <div className="rounded-lg bg-white p-4 ring-1 ring-stone-200">
          <ArticleText text={claim.article.text} highlights={[{ id: claim.id, start: claim.startOffset, end: claim.endOffset, label: 'This claim' }]} range={{ start: claim.startOffset, end: claim.endOffset }} />
        </div>
      </header>

      <Section title="Workflow" testId="workflow">
        {claim.status === 'PUBLISHED' ? (
          <p>
            Published{claim.publishedAt ? ` on ${claim.publishedAt.toISOString().slice(0, 10)}` : ''}.{' '}
            <Link href={`/claims/${claim.slug}`} className="text-blue-800 underline">
              Public verdict page
            </Link>
          </p>
        ) : claim.status === 'IN_REVIEW' ? (
          hasRole(user.role, 'CHIEF') && latest && !ownVerdict ? (
            <div className="space-y-2">
              <p className="text-sm">Review the verdict below. Approving publishes it with you as the second editor.</p>
              <ApproveForm claimId={claim.id} verdictId={latest.id} version={claim.version} />
            </div>
          ) : (
            <p className="text-sm">
              Waiting for a chief editor{ownVerdict ? ' other than you (you wrote this verdict)' : ''} to approve and publish.
            </p>
          )
        ) : editable && latest ? (
          <SendForReviewForm claimId={claim.id} version={claim.version} />
        ) : (
          <p className="text-sm text-stone-600">{canEdit ? 'Write a verdict, then send it for review.' : 'Viewers can read but not change claims.'}</p>
        )}
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
                By {latest.author.name}, {when(latest.createdAt)}
                {latest.approvedBy ? ` · approved by ${latest.approvedBy.name}` : ''}
              </p>
            </div>
          ) : (
            <p className="mb-4 text-sm text-stone-600">No verdict yet.</p>
          )}
          {editable && <VerdictForm claimId={claim.id} version={claim.version} current={latest} />}
          {claim.verdicts.length > 1 && (
            <details className="mt-4 text-sm">
              <summary className="cursor-pointer">Earlier verdicts ({claim.verdicts.length - 1})</summary>
              <ul className="mt-2 space-y-1">
                {claim.verdicts.slice(1).map((v) => (
                  <li key={v.id}>
                    <VerdictBadge rating={v.rating} /> {v.conclusion} — {v.author.name}, {when(v.createdAt)}
                  </li>
                ))}
              </ul>
            </details>
          )}
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

      <Section title={`Internal notes (${claim.notes.length})`} testId="notes">
        <ul className="mb-4 space-y-3">
          {claim.notes.map((n) => (
            <li key={n.id} className="rounded bg-amber-50 p-3 text-sm ring-1 ring-amber-200">
              <div className="prose-claim" dangerouslySetInnerHTML={{ __html: renderMarkdown(n.body) }} />
              <p className="text-xs text-stone-600">
                {n.author.name}, {when(n.createdAt)}
              </p>
            </li>
          ))}
        </ul>
        {canEdit && <NoteForm claimId={claim.id} />}
      </Section>
    </div>
  );
}
