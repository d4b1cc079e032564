'use client';

import { useState } from 'react';
import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
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
import { Button } from '@/components/ui/button';
import type { StoredModel } from '@/lib/claims/checkworthiness-model';
import { MAX_ARTICLE_CHARS } from '@/lib/validation/article-import';
import { importArticleAction } from '../actions';

const saveLabel = (n: number) => `Save article and ${n} claim${n === 1 ? '' : 's'}`;

export function ImportForm({ model }: { model: StoredModel | null }) {
  const { state, run } = useExtraction(model);
  const [text, setText] = useState('');
  const [items, setItems] = useState<ReviewItem[] | null>(null);
  const [readText, setReadText] = useState<string | null>(null);
  const stale = readText !== null && readText !== text;

  if (state.status === 'done' && items === null) setItems(toReviewItems(state.suggestions));

  const findClaims = () => {
    setItems(null);
    setReadText(text);
    run(text);
  };

  return (
    <ActionForm
      action={importArticleAction}
      submitLabel={saveLabel(items?.filter((i) => i.accepted).length ?? 0)}
      pendingLabel="Saving…"
      testId="import-form"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="title" label="Title" required />
        <Field name="outlet" label="Outlet" required />
        <Field name="publishedAt" label="Publication date" type="date" required />
        <Field name="url" label="Article URL" type="url" placeholder="https://…" />
      </div>
      <div onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}>
        <Field
          name="text"
          label="Article text"
          as="textarea"
          rows={12}
          hint={`Paste the full text, up to ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters.`}
          required
        />
      </div>
      <p className="text-xs text-stone-600" aria-live="polite">
        {text.length.toLocaleString('en')} characters
        {text.length > MAX_ARTICLE_CHARS ? ' — too long to import' : ''}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant="secondary"
          onClick={findClaims}
          disabled={!text.trim() || state.status === 'running'}
        >
          {items ? 'Find claims again' : 'Find claims'}
        </Button>
        <ExtractionProgress state={state} />
        {stale && (
          <p className="text-sm font-medium text-amber-800">
            The text changed since claims were found: find claims again before saving.
          </p>
        )}
      </div>
      {items && readText !== null && <SuggestionReview text={readText} items={items} onChange={setItems} />}
      <input type="hidden" name="claims" value={items ? acceptedJson(items) : '[]'} />
      <input type="hidden" name="decisions" value={items ? decisionsJson(items) : '[]'} />
      <FieldErrors name="claims" />
    </ActionForm>
  );
}
