'use client';

import { useEffect, useRef, useState } from 'react';
import { ActionForm } from '@/components/forms/action-form';
import { Button } from '@/components/ui/button';
import { Field, Hidden } from '@/components/forms/field';
import type { Move } from '@/lib/workflow/transitions';
import { assignAction, castVoteAction, changeStatusAction, publishAction, unpublishAction } from '../actions';

type ClaimRef = { claimId: string; version: number };

export function MoveForm({ claimId, version, move }: ClaimRef & { move: Move }) {
  return (
    <ActionForm
      action={changeStatusAction}
      submitLabel={move.label}
      pendingLabel="Saving…"
      variant="secondary"
      testId={`move-${move.to}`}
      className="space-y-2"
    >
      <Hidden name="claimId" value={claimId} />
      <Hidden name="version" value={version} />
      <Hidden name="to" value={move.to} />
      {move.needsReason && <Field name="reason" label={`Reason to ${move.label.toLowerCase()}`} required />}
    </ActionForm>
  );
}

/** Moves that need a reason show their reason field only once the editor chooses that move. */
export function ReasonMoveForm(props: ClaimRef & { move: Move }) {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  // The button that opened the panel is gone: put the keyboard on the reason field instead.
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLInputElement>('input[name=reason]')?.focus();
  }, [open]);
  if (!open) {
    return (
      <Button type="button" variant="secondary" aria-expanded={false} onClick={() => setOpen(true)}>
        {props.move.label}…
      </Button>
    );
  }
  return (
    <div ref={panel} className="w-full max-w-md space-y-2 rounded-md bg-stone-50 p-3 ring-1 ring-stone-200">
      <MoveForm {...props} />
      <Button type="button" variant="secondary" aria-expanded onClick={() => setOpen(false)}>
        Cancel
      </Button>
    </div>
  );
}

export function VoteForm({ claimId, verdictId }: { claimId: string; verdictId: string }) {
  return (
    <ActionForm
      action={castVoteAction}
      submitLabel="Record vote"
      pendingLabel="Recording…"
      testId="vote-form"
      className="space-y-2"
    >
      <Hidden name="claimId" value={claimId} />
      <Hidden name="verdictId" value={verdictId} />
      <Field
        name="decision"
        label="Your decision"
        as="select"
        required
        options={[
          { value: 'APPROVE', label: 'Approve' },
          { value: 'REJECT', label: 'Reject' },
        ]}
      />
      <Field
        name="comment"
        label="Comment"
        as="textarea"
        rows={2}
        hint="Required when you reject: say what needs fixing."
      />
    </ActionForm>
  );
}

export function PublishForm({
  claimId,
  version,
  verdictId,
  correction,
}: ClaimRef & { verdictId: string; correction: boolean }) {
  return (
    <ActionForm
      action={publishAction}
      submitLabel={correction ? 'Publish correction' : 'Publish'}
      pendingLabel="Publishing…"
      testId="publish-form"
    >
      <Hidden name="claimId" value={claimId} />
      <Hidden name="verdictId" value={verdictId} />
      <Hidden name="version" value={version} />
    </ActionForm>
  );
}

export function UnpublishForm({ claimId, version }: ClaimRef) {
  return (
    <ActionForm
      action={unpublishAction}
      submitLabel="Unpublish"
      pendingLabel="Unpublishing…"
      variant="danger"
      testId="unpublish-form"
      className="space-y-2"
    >
      <Hidden name="claimId" value={claimId} />
      <Hidden name="version" value={version} />
      <Field name="reason" label="Reason to unpublish" hint="Kept in the claim's history." required />
    </ActionForm>
  );
}

export function AssignForm({
  claimId,
  assigneeId,
  editors,
}: {
  claimId: string;
  assigneeId: string | null;
  editors: { id: string; name: string }[];
}) {
  return (
    <ActionForm
      action={assignAction}
      submitLabel="Assign"
      pendingLabel="Assigning…"
      variant="secondary"
      testId="assign-form"
      className="flex flex-wrap items-end gap-2"
    >
      <Hidden name="claimId" value={claimId} />
      <Field
        name="assigneeId"
        label="Assigned editor"
        as="select"
        defaultValue={assigneeId ?? ''}
        options={editors.map((e) => ({ value: e.id, label: e.name }))}
      />
    </ActionForm>
  );
}
