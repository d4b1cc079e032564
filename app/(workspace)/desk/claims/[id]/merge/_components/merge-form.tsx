'use client';

import { useState } from 'react';
import { ActionForm, useFormField } from '@/components/forms/action-form';
import { Hidden } from '@/components/forms/field';
import { StatusBadge } from '@/components/status-badge';
import type { ClaimStatus } from '@/generated/prisma/enums';
import { mergeClaimsAction } from '../../actions';

type Candidate = {
  id: string;
  claimReviewed: string;
  quote: string;
  status: ClaimStatus;
  speaker: string;
  article: string;
  sources: number;
  notes: number;
};

function Errors() {
  const { errors } = useFormField('duplicateIds');
  return errors?.length ? (
    <p data-testid="error-duplicateIds" className="text-sm text-red-800">
      {errors.join(' ')}
    </p>
  ) : null;
}

/** Ticked duplicates travel as one comma-separated field: a form posts repeated names, the action reads one value per name. */
export function MergeForm({
  claimId,
  version,
  groups,
}: {
  claimId: string;
  version: number;
  groups: { title: string; candidates: Candidate[] }[];
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  return (
    <ActionForm
      action={mergeClaimsAction}
      submitLabel={chosen.length ? `Merge ${chosen.length} into this claim` : 'Merge into this claim'}
      testId="merge-form"
    >
      <Hidden name="claimId" value={claimId} />
      <Hidden name="version" value={version} />
      <input type="hidden" name="duplicateIds" value={chosen.join(',')} />
      <p className="text-sm text-stone-600">
        Ticked duplicates’ sources and notes move here; they are archived and point to this claim. Their
        history stays readable from this claim’s history.
      </p>
      {groups
        .filter((g) => g.candidates.length > 0)
        .map((g) => (
          <fieldset key={g.title}>
            <legend className="text-sm font-medium text-stone-800">{g.title}</legend>
            <ul className="mt-2 space-y-2">
              {g.candidates.map((c) => (
                <li key={c.id} className="rounded-md bg-stone-50 p-3 ring-1 ring-stone-200">
                  <label className="flex gap-3">
                    <input
                      type="checkbox"
                      className="mt-1"
                      checked={chosen.includes(c.id)}
                      onChange={(e) => toggle(c.id, e.target.checked)}
                    />
                    <span className="min-w-0 space-y-1 text-sm">
                      <span className="block font-medium">{c.claimReviewed}</span>
                      <span className="block font-serif text-stone-700">“{c.quote}”</span>
                      <span className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
                        <StatusBadge status={c.status} />
                        <span>{c.speaker}</span>
                        <span>{c.article}</span>
                        <span>
                          {c.sources} sources · {c.notes} notes
                        </span>
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      <Errors />
    </ActionForm>
  );
}
