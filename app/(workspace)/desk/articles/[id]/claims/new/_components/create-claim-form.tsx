'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Hidden } from '@/components/forms/field';
import { ClaimFields, type ClaimFieldValues } from '@/components/claims/claim-fields';
import type { Mark } from '@/components/claims/selectable-article';
import { createClaimAction } from '../actions';

export function CreateClaimForm({
  articleId,
  score,
  values,
  speakers,
  article,
  others,
}: {
  articleId: string;
  score: number;
  values: ClaimFieldValues;
  speakers: string[];
  article: string;
  others: Mark[];
}) {
  return (
    <ActionForm action={createClaimAction} submitLabel="Make the claim" testId="create-claim-form">
      <Hidden name="articleId" value={articleId} />
      <Hidden name="score" value={score} />
      <ClaimFields values={values} speakers={speakers} article={article} others={others} />
    </ActionForm>
  );
}
