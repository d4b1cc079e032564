import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { shippedModel } from '@/lib/claims/checkworthiness';
import { longDate } from '@/lib/dates';
import { getSuggestionPerformance } from '@/lib/server/extraction/get-suggestion-performance';
import { listExtractionModels } from '@/lib/server/extraction/list-extraction-models';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { ActivateForm, RetrainForm } from './_components/model-forms';

export const metadata: Metadata = { title: 'Claim extractor' };

const percent = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
// Narrow cells on a phone: the six columns fit 390 px without a sideways scroll.
const cell = 'px-1.5 py-2 text-right tabular-nums sm:px-3';

export default async function ExtractionAdminPage() {
  const user = await requireDeskUser();
  if (user.role !== 'ADMIN') notFound();
  const [months, models] = await Promise.all([getSuggestionPerformance(user), listExtractionModels(user)]);
  const active = models.find((m) => m.active);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Claim extractor</h1>
      <p className="text-sm" data-testid="active-model">
        In use on the import page: <strong>{active?.version ?? `${shippedModel().version} (shipped)`}</strong>
      </p>
      <section aria-labelledby="months-h" className="space-y-2">
        <h2 id="months-h" className="text-lg font-semibold">
          Suggestions against what editors kept
        </h2>
        <p className="text-sm text-stone-700">
          Precision: share of suggestions editors kept. Recall: share of kept claims the extractor had
          suggested.
        </p>
        {months.length > 0 && (
          <table
            className="min-w-full bg-white text-xs ring-1 ring-stone-200 sm:text-sm"
            data-testid="performance"
          >
            <thead>
              <tr className="text-left">
                <th className="px-1.5 py-2 sm:px-3">Month</th>
                <th className={cell}>Decisions</th>
                <th className={cell}>Suggested</th>
                <th className={cell}>Kept</th>
                <th className={cell}>Precision</th>
                <th className={cell}>Recall</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month} className="border-t border-stone-200">
                  <td className="px-1.5 py-2 whitespace-nowrap sm:px-3">{m.month}</td>
                  <td className={cell}>{m.decisions}</td>
                  <td className={cell}>{m.suggested}</td>
                  <td className={cell}>{m.kept}</td>
                  <td className={cell}>{percent(m.precision)}</td>
                  <td className={cell}>{percent(m.recall)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {months.length === 0 && (
          <p className="text-sm">No review decisions yet: they are recorded when editors save an import.</p>
        )}
      </section>
      <section
        aria-labelledby="retrain-h"
        className="space-y-2 rounded-lg bg-white p-5 ring-1 ring-stone-200"
      >
        <h2 id="retrain-h" className="text-lg font-semibold">
          Retrain
        </h2>
        <RetrainForm />
      </section>
      <section aria-labelledby="models-h" className="space-y-2">
        <h2 id="models-h" className="text-lg font-semibold">
          Retrained models
        </h2>
        {models.length === 0 && <p className="text-sm">None yet: the shipped model is in use.</p>}
        <ul className="space-y-2" data-testid="models">
          {models.map((m) => (
            <li key={m.id} className="rounded-md bg-white p-3 text-sm ring-1 ring-stone-200">
              <p>
                <strong>{m.version}</strong> · trained by {m.trainedBy.name} on {longDate(m.createdAt)} from{' '}
                {m.evaluation.trainedOn} decisions
                {m.active ? ' · in use' : ''}
              </p>
              <p>
                On {m.evaluation.heldBack} held-back decisions: F1 {percent(m.evaluation.before.f1)} before →{' '}
                {percent(m.evaluation.after.f1)} after (precision {percent(m.evaluation.before.precision)} →{' '}
                {percent(m.evaluation.after.precision)}, recall {percent(m.evaluation.before.recall)} →{' '}
                {percent(m.evaluation.after.recall)})
              </p>
              {!m.active && <ActivateForm modelId={m.id} label={`Use ${m.version}`} />}
            </li>
          ))}
        </ul>
        <ActivateForm modelId="" label={`Use the shipped model (${shippedModel().version})`} />
      </section>
    </div>
  );
}
