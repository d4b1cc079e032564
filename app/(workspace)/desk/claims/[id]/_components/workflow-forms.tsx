'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Hidden } from '@/components/forms/field';
import { approveAndPublishAction, sendForReviewAction } from '../actions';

export function SendForReviewForm({ claimId, version }: { claimId: string; version: number }) {
  return (
    <ActionForm action={sendForReviewAction} submitLabel="Send for review" pendingLabel="Sending…" variant="secondary" testId="send-for-review">
      <Hidden name="claimId" value={claimId} />
      <Hidden name="version" value={version} />
    </ActionForm>
  );
}

export function ApproveForm({ claimId, verdictId, version }: { claimId: string; verdictId: string; version: number }) {
  return (
    <ActionForm action={approveAndPublishAction} submitLabel="Approve and publish" pendingLabel="Publishing…" testId="approve-form">
      <Hidden name="claimId" value={claimId} />
      <Hidden name="verdictId" value={verdictId} />
      <Hidden name="version" value={version} />
    </ActionForm>
  );
}
