'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Field, Hidden } from '@/components/forms/field';
import { addNoteAction } from '../actions';

export function NoteForm({ claimId }: { claimId: string }) {
  return (
    <ActionForm action={addNoteAction} submitLabel="Add note" variant="secondary" testId="note-form">
      <Hidden name="claimId" value={claimId} />
      <Field name="body" label="Internal note" as="textarea" rows={3} hint="Markdown. Never shown publicly." required />
    </ActionForm>
  );
}
