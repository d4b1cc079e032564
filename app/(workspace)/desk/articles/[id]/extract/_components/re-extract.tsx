'use client';

import { useEffect, useState } from 'react';
import { ActionForm } from '@/components/forms/action-form';
import { Hidden } from '@/components/forms/field';
import { FieldErrors } from '@/components/forms/field-errors';
import { ExtractionProgress } from '@/components/claims/extraction-progress';
import {
  SuggestionReview,
  acceptedJson,
  decisionsJson,
  toReviewItems,
  type ReviewItem,
} from '@/components/claims/suggestion-review';
import { useExtraction } from '@/components/claims/use-extraction';
import type { StoredModel } from '@/lib/claims/checkworthiness-model';
import { freshSpans, type Span } from '@/lib/spans';
import { addExtractedClaimsAction } from '../actions';

const addLabel = (n: number) => `Add ${n} claim${n === 1 ? '' : 's'}`;

/** Re-reads a saved article and offers only sentences that no saved claim already covers. */
export function ReExtract({
  articleId,
  text,
  existing,
  model,
}: {
  articleId: string;
  text: string;
  existing: Span[];
  model: StoredModel | null;
}) {
  const { state, run } = useExtraction(model);
  const [items, setItems] = useState<ReviewItem[] | null>(null);

  useEffect(() => run(text), [run, text]);

  if (state.status === 'done' && items === null) {
    setItems(toReviewItems(freshSpans(state.suggestions, existing)));
  }

  return (
    <div className="space-y-3">
      <ExtractionProgress state={state} />
      {items && (
        <ActionForm
          action={addExtractedClaimsAction}
          submitLabel={addLabel(items.filter((i) => i.accepted).length)}
          testId="add-claims-form"
        >
          <Hidden name="articleId" value={articleId} />
          <Hidden name="claims" value={acceptedJson(items)} />
          <Hidden name="decisions" value={decisionsJson(items)} />
          <FieldErrors name="claims" />
          {items.length === 0 ? (
            <p>Every suggested sentence is already a claim.</p>
          ) : (
            <SuggestionReview text={text} items={items} onChange={setItems} existing={existing} />
          )}
        </ActionForm>
      )}
    </div>
  );
}
