'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Field, Hidden } from '@/components/forms/field';
import { RATINGS, RATING_KEYS } from '@/lib/ratings';
import { saveVerdictAction } from '../actions';

const ratingOptions = RATING_KEYS.map((key) => {
  const { label, value } = RATINGS[key];
  return { value: key, label: value === null ? label : `${label} (${value} of 5)` };
});

export function VerdictForm({
  claimId,
  version,
  current,
  published,
  seenByReaders,
}: {
  claimId: string;
  version: number;
  current?: { rating: string; conclusion: string; rationale: string };
  published: boolean;
  /** Readers saw a verdict before the claim was unpublished: changing its rating or conclusion is a correction. */
  seenByReaders: boolean;
}) {
  return (
    <ActionForm
      action={saveVerdictAction}
      submitLabel={published ? 'Save correction' : 'Save verdict'}
      testId="verdict-form"
    >
      <Hidden name="claimId" value={claimId} />
      <Hidden name="version" value={version} />
      <Field
        name="rating"
        label="Rating"
        as="select"
        options={ratingOptions}
        defaultValue={current?.rating}
        required
      />
      <Field
        name="conclusion"
        label="Conclusion"
        hint="One line, shown under the rating."
        defaultValue={current?.conclusion}
        required
      />
      <Field
        name="rationale"
        label="Rationale"
        as="textarea"
        rows={6}
        hint="Markdown. Public once published."
        defaultValue={current?.rationale}
        required
      />
      {published && (
        <Field
          name="correctionNote"
          label="Correction note (public)"
          as="textarea"
          rows={2}
          hint="This verdict is published: say what changed and why. Readers see it with the date."
          required
        />
      )}
      {!published && seenByReaders && (
        <Field
          name="correctionNote"
          label="Correction note (public)"
          as="textarea"
          rows={2}
          hint="Readers saw a verdict on this claim before it was unpublished: if the rating or conclusion changes, say what changed and why. Readers see it with the date."
        />
      )}
    </ActionForm>
  );
}
