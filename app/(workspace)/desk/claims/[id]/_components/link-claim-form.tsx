'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Field, Hidden } from '@/components/forms/field';
import { linkClaimAction } from '../actions';

const KINDS = [
  { value: 'SAME_CLAIM', label: 'Same claim' },
  { value: 'RELATED', label: 'Related' },
];

export function LinkClaimForm({ claimId, earlierId }: { claimId: string; earlierId: string }) {
  return (
    <ActionForm
      action={linkClaimAction}
      submitLabel="Mark"
      variant="secondary"
      className="flex flex-wrap items-end gap-2"
      testId={`link-form-${earlierId}`}
    >
      <Hidden name="claimId" value={claimId} />
      <Hidden name="earlierId" value={earlierId} />
      <Field name="kind" label="This claim is" as="select" options={KINDS} required />
    </ActionForm>
  );
}
