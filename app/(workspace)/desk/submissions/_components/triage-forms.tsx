'use client';

import { useState } from 'react';
import { ActionForm } from '@/components/forms/action-form';
import { Field, Hidden } from '@/components/forms/field';
import { Button } from '@/components/ui/button';
import { KIND_LABEL } from '@/lib/labels';
import { triageReaderMessageAction, turnMessageIntoClaimAction } from '../actions';

export function TriageForm({
  submissionId,
  status,
  label,
}: {
  submissionId: string;
  status: 'NEW' | 'ANSWERED' | 'DISMISSED';
  label: string;
}) {
  return (
    <ActionForm
      action={triageReaderMessageAction}
      submitLabel={label}
      pendingLabel="Saving…"
      variant="secondary"
      testId={`triage-${status}-${submissionId}`}
      className=""
    >
      <Hidden name="submissionId" value={submissionId} />
      <Hidden name="status" value={status} />
    </ActionForm>
  );
}

const KINDS = Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label }));

/** The claim form opens only when the editor chooses to turn the message into a claim. */
export function TurnIntoClaimForm({ submissionId, message }: { submissionId: string; message: string }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button type="button" aria-expanded={false} onClick={() => setOpen(true)}>
        Turn into a claim…
      </Button>
    );
  }
  return (
    <div className="w-full space-y-2 rounded-md bg-stone-50 p-3 ring-1 ring-stone-200">
      <ActionForm
        action={turnMessageIntoClaimAction}
        submitLabel="Create the claim"
        pendingLabel="Creating…"
        testId={`turn-into-claim-${submissionId}`}
        className="space-y-3"
      >
        <Hidden name="submissionId" value={submissionId} />
        <p className="text-xs text-stone-600">
          The reader’s text becomes the quote and their link the first source; the claim is assigned to you.
        </p>
        <Field
          name="claimReviewed"
          label="Claim as checked"
          hint="One neutral sentence naming who said what; at most 200 characters."
          defaultValue={message.length <= 200 ? message : ''}
          required
        />
        <Field name="speaker" label="Who said it" required />
        <Field name="kind" label="Kind" as="select" options={KINDS} defaultValue="OTHER" required />
      </ActionForm>
      <Button type="button" variant="secondary" aria-expanded onClick={() => setOpen(false)}>
        Cancel
      </Button>
    </div>
  );
}
