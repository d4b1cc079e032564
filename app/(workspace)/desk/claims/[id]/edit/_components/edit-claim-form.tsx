'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Field, Hidden } from '@/components/forms/field';
import { ClaimFields, type ClaimFieldValues } from '@/components/claims/claim-fields';
import type { Mark } from '@/components/claims/selectable-article';
import { editClaimAction } from '../../actions';

export function EditClaimForm({
  claimId,
  version,
  published,
  values,
  speakers,
  article,
  others,
}: {
  claimId: string;
  version: number;
  published: boolean;
  values: ClaimFieldValues;
  speakers: string[];
  article: string;
  others: Mark[];
}) {
  return (
    <ActionForm
      action={editClaimAction}
      submitLabel={published ? 'Save and send the correction for review' : 'Save claim'}
      testId="edit-claim-form"
    >
      <Hidden name="claimId" value={claimId} />
      <Hidden name="version" value={version} />
      <ClaimFields values={values} speakers={speakers} article={article} others={others} />
      {published && (
        <Field
          name="correctionNote"
          label="Correction note (public)"
          as="textarea"
          rows={2}
          hint="Readers see this with the date once the correction is published. Until then they keep seeing the claim as it is."
          required
        />
      )}
    </ActionForm>
  );
}
