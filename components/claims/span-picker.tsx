'use client';

import { useCallback, useState } from 'react';
import { useFormField } from '@/components/forms/action-form';
import { SelectableArticle, type Mark } from './selectable-article';

/**
 * The claim's span as hidden start/end fields, set by selecting words in the article shown here.
 * The other claims stay marked so an overlap is visible before saving.
 */
export function SpanPicker({
  text,
  span,
  others,
}: {
  text: string;
  span: { start: number; end: number };
  others: Mark[];
}) {
  const { errors } = useFormField('span');
  const start = useFormField('start').echoed;
  const end = useFormField('end').echoed;
  const [chosen, setChosen] = useState(start && end ? { start: Number(start), end: Number(end) } : span);
  const onSelect = useCallback((s: { start: number; end: number }) => setChosen(s), []);
  const moved = chosen.start !== span.start || chosen.end !== span.end;
  const marks: Mark[] = [
    ...others.filter((m) => m.end <= chosen.start || m.start >= chosen.end),
    { id: 'span', ...chosen, label: 'This claim', tone: moved ? 'selected' : 'current' },
  ];
  return (
    <fieldset className="space-y-2" aria-describedby={errors?.length ? 'span-error' : undefined}>
      <legend className="text-sm font-medium text-stone-800">Words in the article</legend>
      <p className="text-xs text-stone-600">
        Select other words in the article below to move the claim there. Other claims are marked in yellow.
      </p>
      <input type="hidden" name="start" value={chosen.start} />
      <input type="hidden" name="end" value={chosen.end} />
      <blockquote
        className="border-l-4 border-amber-500 bg-amber-50 px-3 py-2 font-serif text-sm"
        data-testid="span-quote"
      >
        {text.slice(chosen.start, chosen.end)}
      </blockquote>
      {moved && (
        <button type="button" className="text-sm text-blue-800 underline" onClick={() => setChosen(span)}>
          Keep the original words
        </button>
      )}
      {errors?.length ? (
        <ul id="span-error" data-testid="error-span" className="text-sm text-red-800">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <div className="max-h-96 overflow-y-auto rounded-md border border-stone-200 bg-white p-3">
        <SelectableArticle text={text} marks={marks} onSelect={onSelect} />
      </div>
    </fieldset>
  );
}
