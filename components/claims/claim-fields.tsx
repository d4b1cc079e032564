'use client';

import { useId } from 'react';
import { Field } from '@/components/forms/field';
import { KIND_LABEL } from '@/lib/labels';
import { ClaimReviewedField } from './claim-reviewed-field';
import type { Mark } from './selectable-article';
import { SpanPicker } from './span-picker';

export type ClaimFieldValues = {
  claimReviewed: string;
  speaker: string;
  kind: string;
  quantityMin: number | null;
  quantityMax: number | null;
  quantityUnit: string | null;
  quantityPeriod: string | null;
  start: number;
  end: number;
};

const kindOptions = Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label }));
const text = (n: number | string | null) => (n === null ? undefined : String(n));

/** The fields an editor sets on a claim: the same for "edit" and "make a claim from a selection". */
export function ClaimFields({
  values,
  speakers,
  article,
  others,
}: {
  values: ClaimFieldValues;
  speakers: string[];
  article: string;
  others: Mark[];
}) {
  const listId = useId();
  return (
    <>
      <ClaimReviewedField defaultValue={values.claimReviewed} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <Field
            name="speaker"
            label="Speaker"
            defaultValue={values.speaker}
            hint="Pick a known speaker or type a new name."
            required
            list={listId}
          />
          <datalist id={listId}>
            {speakers.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </div>
        <Field
          name="kind"
          label="Kind"
          as="select"
          options={kindOptions}
          defaultValue={values.kind}
          required
        />
      </div>
      <fieldset className="rounded-md border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium text-stone-800">
          Figure the claim asserts (numeric claims only; lowest and highest are equal for one number)
        </legend>
        <div className="grid gap-3 sm:grid-cols-4">
          <Field
            name="quantityMin"
            label="Lowest"
            defaultValue={text(values.quantityMin)}
            inputMode="decimal"
          />
          <Field
            name="quantityMax"
            label="Highest"
            defaultValue={text(values.quantityMax)}
            inputMode="decimal"
          />
          <Field
            name="quantityUnit"
            label="Unit"
            defaultValue={text(values.quantityUnit)}
            placeholder="people killed"
          />
          <Field
            name="quantityPeriod"
            label="Per"
            defaultValue={text(values.quantityPeriod)}
            placeholder="week"
          />
        </div>
      </fieldset>
      <SpanPicker text={article} span={{ start: values.start, end: values.end }} others={others} />
    </>
  );
}
