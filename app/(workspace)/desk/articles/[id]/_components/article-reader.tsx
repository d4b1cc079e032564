'use client';

import Link from 'next/link';
import { useCallback, useState } from 'react';
import { SelectableArticle, type Mark } from '@/components/claims/selectable-article';

/** The article with its claims; editors select words the extractor missed and make a claim of them. */
export function ArticleReader({
  articleId,
  text,
  marks,
  canCreate,
}: {
  articleId: string;
  text: string;
  marks: Mark[];
  canCreate: boolean;
}) {
  const [span, setSpan] = useState<{ start: number; end: number } | null>(null);
  const onSelect = useCallback((s: { start: number; end: number }) => setSpan(s), []);
  const words = span ? text.slice(span.start, span.end) : '';
  return (
    <>
      {canCreate && (
        <p className="mb-3 text-sm text-stone-600" id="make-claim-hint">
          Select words the extractor missed to make a claim of them.
        </p>
      )}
      <SelectableArticle text={text} marks={marks} onSelect={canCreate ? onSelect : undefined} />
      {canCreate && span && (
        <div
          role="region"
          aria-label="Selected words"
          className="sticky bottom-3 mt-4 flex flex-wrap items-center gap-3 rounded-lg bg-stone-900 p-3 text-sm text-white shadow-lg"
          data-testid="selection-bar"
        >
          <span className="min-w-0 flex-1 break-words">
            {words.split(/\s+/).length} words selected: <q className="font-serif">{words}</q>
          </span>
          <Link
            href={`/desk/articles/${articleId}/claims/new?start=${span.start}&end=${span.end}`}
            className="rounded-md bg-white px-3 py-1.5 font-medium text-stone-900 hover:bg-stone-200"
          >
            Make a claim
          </Link>
          <button type="button" className="underline" onClick={() => setSpan(null)}>
            Clear
          </button>
        </div>
      )}
    </>
  );
}
