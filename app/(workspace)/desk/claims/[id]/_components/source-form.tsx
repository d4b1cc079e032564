'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Field, Hidden } from '@/components/forms/field';
import { SOURCE_KIND_LABEL, STANCE_LABEL } from '@/lib/labels';
import { isoDay } from '@/lib/dates';
import { addSourceAction, editSourceAction, removeSourceAction } from '../actions';

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export type SourceValues = {
  id: string;
  url: string;
  title: string;
  publisher: string;
  publishedAt: Date | null;
  archiveUrl: string | null;
  kind: string;
  stance: string;
  excerpt: string | null;
  figure: number | null;
};

function SourceFields({ source }: { source?: SourceValues }) {
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="url"
          label="Source URL"
          type="url"
          required
          placeholder="https://…"
          defaultValue={source?.url}
        />
        <Field name="title" label="Title" required defaultValue={source?.title} />
        <Field name="publisher" label="Publisher" required defaultValue={source?.publisher} />
        <Field
          name="publishedAt"
          label="Publication date"
          type="date"
          defaultValue={source?.publishedAt ? isoDay(source.publishedAt) : undefined}
        />
        <Field
          name="kind"
          label="Kind"
          as="select"
          options={options(SOURCE_KIND_LABEL)}
          required
          defaultValue={source?.kind}
        />
        <Field
          name="stance"
          label="Stance"
          as="select"
          options={options(STANCE_LABEL)}
          required
          defaultValue={source?.stance}
        />
        <Field
          name="archiveUrl"
          label="Archive URL"
          type="url"
          hint="A saved copy, e.g. on the Wayback Machine."
          defaultValue={source?.archiveUrl ?? undefined}
        />
        <Field
          name="figure"
          label="Figure the source gives"
          hint="For numeric claims, in the claim's unit and period."
          defaultValue={source?.figure?.toString()}
        />
      </div>
      <Field
        name="excerpt"
        label="Quoted excerpt"
        as="textarea"
        rows={3}
        defaultValue={source?.excerpt ?? undefined}
      />
    </>
  );
}

const CORRECTION_HINT =
  'Readers see this source now, so the change goes to review as a correction. Say what it changes; readers see the note with the date.';

export function SourceForm({ claimId }: { claimId: string }) {
  return (
    <ActionForm action={addSourceAction} submitLabel="Add source" testId="source-form">
      <Hidden name="claimId" value={claimId} />
      <SourceFields />
    </ActionForm>
  );
}

/** `cited`: the published verdict cites this source, so its edit waits for a correction. */
export function EditSourceForm({
  source,
  cited,
  formId,
}: {
  source: SourceValues;
  cited: boolean;
  formId: string;
}) {
  return (
    <ActionForm
      action={editSourceAction}
      submitLabel={cited ? 'Save and send the correction for review' : 'Save source'}
      testId={`edit-source-${formId}`}
    >
      <Hidden name="sourceId" value={source.id} />
      <SourceFields source={source} />
      {cited && (
        <Field
          name="correctionNote"
          label="Correction note (public)"
          as="textarea"
          rows={2}
          hint={CORRECTION_HINT}
          required
        />
      )}
    </ActionForm>
  );
}

export function RemoveSourceForm({ sourceId, cited }: { sourceId: string; cited: boolean }) {
  return (
    <ActionForm
      action={removeSourceAction}
      submitLabel="Remove source"
      variant="danger"
      testId={`remove-source-${sourceId}`}
    >
      <Hidden name="sourceId" value={sourceId} />
      {cited ? (
        <Field
          name="correctionNote"
          label="Correction note (public)"
          as="textarea"
          rows={2}
          hint={CORRECTION_HINT}
          required
        />
      ) : (
        <p className="text-sm text-stone-600">The source leaves this claim; the history keeps it.</p>
      )}
    </ActionForm>
  );
}
