'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Field, Hidden } from '@/components/forms/field';
import { SOURCE_KIND_LABEL, STANCE_LABEL } from '@/lib/labels';
import { addSourceAction } from '../actions';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function SourceForm({ claimId }: { claimId: string }) {
  return (
    <ActionForm action={addSourceAction} submitLabel="Add source" testId="source-form">
      <Hidden name="claimId" value={claimId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="url" label="Source URL" type="url" required placeholder="https://…" />
        <Field name="title" label="Title" required />
        <Field name="publisher" label="Publisher" required />
        <Field name="publishedAt" label="Publication date" type="date" />
        <Field name="kind" label="Kind" as="select" options={options(SOURCE_KIND_LABEL)} required />
        <Field name="stance" label="Stance" as="select" options={options(STANCE_LABEL)} required />
        <Field name="archiveUrl" label="Archive URL" type="url" hint="A saved copy, e.g. on the Wayback Machine." />
        <Field name="figure" label="Figure the source gives" hint="For numeric claims, in the claim's unit and period." />
      </div>
      <Field name="excerpt" label="Quoted excerpt" as="textarea" rows={3} />
    </ActionForm>
  );
}
