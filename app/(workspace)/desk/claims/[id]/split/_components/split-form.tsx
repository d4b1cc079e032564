'use client';

import { useMemo, useState } from 'react';
import { ActionForm, useFormField } from '@/components/forms/action-form';
import { Hidden } from '@/components/forms/field';
import { ClaimReviewedField } from '@/components/claims/claim-reviewed-field';
import { splitClaimAction } from '../../actions';

/** Words of the quote with their article offsets, so a click picks the exact point to cut. */
function wordsOf(quote: string, start: number) {
  return [...quote.matchAll(/\S+/g)].map((m) => ({ word: m[0], at: start + m.index }));
}

function CutPicker({
  quote,
  start,
  cut,
  onCut,
}: {
  quote: string;
  start: number;
  cut: number | null;
  onCut: (at: number) => void;
}) {
  const { errors } = useFormField('at');
  const words = useMemo(() => wordsOf(quote, start), [quote, start]);
  return (
    <fieldset>
      <legend className="text-sm font-medium text-stone-800">Where does the second claim start?</legend>
      <p className="text-xs text-stone-600">Choose the word the second claim starts with.</p>
      <div className="mt-2 flex flex-wrap gap-1 font-serif" data-testid="cut-picker">
        {words.map((w, i) => (
          <button
            key={w.at}
            type="button"
            disabled={i === 0}
            aria-pressed={cut === w.at}
            aria-label={i === 0 ? w.word : `Split before “${w.word}”`}
            onClick={() => onCut(w.at)}
            className={`rounded px-1 py-0.5 ${cut !== null && w.at >= cut ? 'bg-sky-100 ring-1 ring-sky-400' : 'bg-amber-50 ring-1 ring-amber-300'} ${cut === w.at ? 'border-l-4 border-red-700' : ''} enabled:hover:bg-stone-200`}
          >
            {w.word}
          </button>
        ))}
      </div>
      {errors?.length ? (
        <p data-testid="error-at" className="mt-1 text-sm text-red-800">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

export function SplitForm({
  claimId,
  version,
  quote,
  start,
  claimReviewed,
}: {
  claimId: string;
  version: number;
  quote: string;
  start: number;
  claimReviewed: string;
}) {
  const [cut, setCut] = useState<number | null>(null);
  const first = cut === null ? claimReviewed : quote.slice(0, cut - start).replace(/[\s,;:—–-]+$/, '');
  const second = cut === null ? '' : quote.slice(cut - start).trim();
  return (
    <ActionForm action={splitClaimAction} submitLabel="Split the claim" testId="split-form">
      <Hidden name="claimId" value={claimId} />
      <Hidden name="version" value={version} />
      <input type="hidden" name="at" value={cut ?? ''} />
      <CutPicker quote={quote} start={start} cut={cut} onCut={setCut} />
      {cut !== null && (
        <div className="grid gap-4 md:grid-cols-2">
          {/* Keyed by the cut so a new choice restarts both wordings from the quoted words. */}
          <ClaimReviewedField
            key={`a${cut}`}
            name="firstClaimReviewed"
            label="First claim as checked (keeps sources and notes)"
            defaultValue={first}
          />
          <ClaimReviewedField
            key={`b${cut}`}
            name="secondClaimReviewed"
            label="Second claim as checked (new claim)"
            defaultValue={second}
          />
        </div>
      )}
    </ActionForm>
  );
}
