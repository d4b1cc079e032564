'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Field, Hidden } from '@/components/forms/field';
import { addNoteAction, editNoteAction, removeNoteAction } from '../actions';

export function NoteForm({ claimId }: { claimId: string }) {
  return (
    <ActionForm action={addNoteAction} submitLabel="Add note" variant="secondary" testId="note-form">
      <Hidden name="claimId" value={claimId} />
      <Field
        name="body"
        label="Internal note"
        as="textarea"
        rows={3}
        hint="Markdown. Never shown publicly."
        required
      />
    </ActionForm>
  );
}

export function EditNoteForm({ noteId, body }: { noteId: string; body: string }) {
  return (
    <ActionForm
      action={editNoteAction}
      submitLabel="Save note"
      variant="secondary"
      testId={`edit-note-${noteId}`}
    >
      <Hidden name="noteId" value={noteId} />
      <Field name="body" label="Internal note" as="textarea" rows={3} defaultValue={body} required />
    </ActionForm>
  );
}

export function RemoveNoteForm({ noteId }: { noteId: string }) {
  return (
    <ActionForm
      action={removeNoteAction}
      submitLabel="Remove note"
      variant="secondary"
      testId={`remove-note-${noteId}`}
    >
      <Hidden name="noteId" value={noteId} />
    </ActionForm>
  );
}
