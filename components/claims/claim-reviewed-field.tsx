'use client';

import { useId, useState } from 'react';
import { useFormField } from '@/components/forms/action-form';
import { CLAIM_REVIEWED_GUIDE, CLAIM_REVIEWED_MAX } from '@/lib/validation/claim';

/**
 * The claim as checked, with a live count against the ~140-character guide. Past the hard limit
 * the server refuses it; nothing here ever shortens what the editor wrote.
 */
export function ClaimReviewedField({
  name = 'claimReviewed',
  label = 'Claim as checked',
  defaultValue,
}: {
  name?: string;
  label?: string;
  defaultValue: string;
}) {
  const id = useId();
  const { errors, echoed } = useFormField(name);
  const [value, setValue] = useState(echoed ?? defaultValue);
  const length = value.trim().length;
  const tone =
    length > CLAIM_REVIEWED_MAX
      ? 'font-medium text-red-800'
      : length > CLAIM_REVIEWED_GUIDE
        ? 'text-amber-800'
        : 'text-stone-600';
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
        <span className="text-red-800"> *</span>
      </label>
      <p id={`${id}-hint`} className="text-xs text-stone-600">
        A complete, neutral sentence naming the speaker once; readers see it as the headline and in
        ClaimReview. Aim for about {CLAIM_REVIEWED_GUIDE} characters.
      </p>
      <textarea
        id={id}
        name={name}
        rows={2}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-hint ${id}-count${errors?.length ? ` ${id}-error` : ''}`}
        aria-required
        className="mt-1 block min-h-16 w-full field-sizing-content rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700"
      />
      <p
        id={`${id}-count`}
        className={`mt-1 text-xs ${tone}`}
        data-testid={`${name}-count`}
        aria-live="polite"
      >
        {length} / {CLAIM_REVIEWED_GUIDE} characters
        {length > CLAIM_REVIEWED_MAX
          ? ` — over the ${CLAIM_REVIEWED_MAX}-character limit: shorten it to save`
          : length > CLAIM_REVIEWED_GUIDE
            ? ' — longer than the guide; fine if it needs it'
            : ''}
      </p>
      {errors?.length ? (
        <ul id={`${id}-error`} data-testid={`error-${name}`} className="mt-1 text-sm text-red-800">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
