'use client';

import { useMemo, useState } from 'react';
import { CHECKWORTHY_THRESHOLD, type Suggestion } from '@/lib/claims/extract-claims';
import { describeFigure } from '@/lib/figures';
import { KIND_LABEL } from '@/lib/labels';
import { Button } from '@/components/ui/button';
import { splitSuggestion } from './split-suggestion';
import { useCheckedBadges } from './use-checked-badges';
import { longDate } from '@/lib/dates';
import { RATINGS } from '@/lib/ratings';
import type { Rating } from '@/generated/prisma/enums';

/** `suggested` is what the engine proposed, to tell an accepted suggestion from an edited one; `split` marks a half. */
export type ReviewItem = Suggestion & { key: string; accepted: boolean; suggested: string; split?: boolean };

const fingerprint = (s: Pick<Suggestion, 'claimReviewed' | 'speaker' | 'kind'>) =>
  JSON.stringify([s.claimReviewed, s.speaker ?? '', s.kind]);

export const toReviewItems = (suggestions: Suggestion[]): ReviewItem[] =>
  suggestions.map((s) => ({
    ...s,
    key: `${s.start}-${s.end}`,
    accepted: s.score >= CHECKWORTHY_THRESHOLD,
    suggested: fingerprint(s),
  }));

/**
 * The editor's decision on every suggestion they saw (suggested, or accepted from below the threshold),
 * posted with the save so the desk's review becomes labelled examples for retraining.
 */
export const decisionsJson = (items: ReviewItem[]) =>
  JSON.stringify(
    items
      .filter((i) => i.score >= CHECKWORTHY_THRESHOLD || i.accepted)
      .map((i) => ({
        sentence: i.quote,
        decision: !i.accepted
          ? 'REJECTED'
          : i.split
            ? 'SPLIT'
            : fingerprint(i) !== i.suggested
              ? 'EDITED'
              : 'ACCEPTED',
        score: i.score,
        modelVersion: i.modelVersion,
      })),
  );

/** What the Server Action receives: only accepted claims, without UI-only fields. */
export const acceptedJson = (items: ReviewItem[]) =>
  JSON.stringify(
    items
      .filter((i) => i.accepted)
      .map(({ quote, start, end, speaker, kind, score, modelVersion, claimReviewed, quantity }) => ({
        quote,
        start,
        end,
        speaker: speaker ?? '',
        kind,
        score,
        modelVersion,
        claimReviewed,
        quantity,
      })),
  );

const input = 'mt-0.5 block w-full rounded border border-stone-300 px-2 py-1 text-sm';

function Highlighted({
  text,
  items,
  existing,
}: {
  text: string;
  items: ReviewItem[];
  existing: { start: number; end: number }[];
}) {
  const spans = useMemo(
    () =>
      [
        ...items.map((i) => ({ ...i, saved: false })),
        ...existing.map((e) => ({ ...e, key: `saved-${e.start}`, accepted: true, saved: true })),
      ].sort((a, b) => a.start - b.start),
    [items, existing],
  );
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const s of spans) {
    if (s.start < cursor) continue;
    parts.push(text.slice(cursor, s.start));
    const style = s.saved
      ? 'bg-stone-200 text-stone-600'
      : s.accepted
        ? 'bg-yellow-200 ring-1 ring-yellow-400'
        : 'underline decoration-dotted decoration-stone-400';
    parts.push(
      <mark
        key={s.key}
        data-suggestion={s.saved ? 'saved' : s.accepted ? 'accepted' : 'rejected'}
        className={`rounded-sm bg-transparent px-0.5 text-stone-950 ${style}`}
      >
        <a href={`#s-${s.key}`}>{text.slice(s.start, s.end)}</a>
      </mark>,
    );
    cursor = s.end;
  }
  parts.push(text.slice(cursor));
  return (
    <div className="max-h-[70vh] overflow-y-auto rounded-lg bg-white p-5 font-serif leading-relaxed whitespace-pre-wrap ring-1 ring-stone-200">
      {parts}
    </div>
  );
}

/**
 * The review step of extraction: every suggestion highlighted in place, and per suggestion
 * accept / edit / split / reject. Editing never moves a claim off its exact characters.
 */
export function SuggestionReview({
  text,
  items,
  onChange,
  existing = [],
}: {
  text: string;
  items: ReviewItem[];
  onChange: (items: ReviewItem[]) => void;
  existing?: { start: number; end: number }[];
}) {
  const [showAll, setShowAll] = useState(false);
  const above = items.filter((i) => i.score >= CHECKWORTHY_THRESHOLD).length;
  const shown = showAll ? items : items.filter((i) => i.score >= CHECKWORTHY_THRESHOLD || i.accepted);
  // The quotes as extracted (edits change only the claim as checked), so typing does not re-ask the server.
  const badges = useCheckedBadges(shown.map((i) => i.quote));
  const update = (key: string, change: Partial<ReviewItem>) =>
    onChange(items.map((i) => (i.key === key ? { ...i, ...change } : i)));
  const split = (item: ReviewItem) => {
    const halves = splitSuggestion(item);
    if (!halves) return;
    onChange(
      items.flatMap((i) =>
        i.key === item.key
          ? halves.map((h) => ({
              ...h,
              key: `${h.start}-${h.end}`,
              accepted: true,
              suggested: item.suggested,
              split: true,
            }))
          : [i],
      ),
    );
  };

  return (
    <section aria-label="Suggested claims" className="space-y-3">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p data-testid="suggestion-summary">
          <strong>{items.filter((i) => i.accepted).length}</strong> accepted of {items.length} possible claims
          · {above} at or above the threshold ({CHECKWORTHY_THRESHOLD})
        </p>
        <Button
          type="button"
          variant="secondary"
          onClick={() => onChange(items.map((i) => ({ ...i, accepted: i.score >= CHECKWORTHY_THRESHOLD })))}
        >
          Accept all above threshold
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => onChange(items.map((i) => ({ ...i, accepted: false })))}
        >
          Reject all
        </Button>
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> Show
          low-scoring sentences too
        </label>
      </div>
      <div className="grid gap-4 lg:grid-cols-[1fr_28rem]">
        <Highlighted text={text} items={items} existing={existing} />
        <ol className="max-h-[70vh] space-y-2 overflow-y-auto pr-1" data-testid="suggestions">
          {shown.map((item, index) => (
            <li
              key={item.key}
              id={`s-${item.key}`}
              data-testid="suggestion"
              className={`rounded-md p-3 text-sm ring-1 ${item.accepted ? 'bg-white ring-yellow-400' : 'bg-stone-100 ring-stone-200'}`}
            >
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={item.accepted}
                  onChange={(e) => update(item.key, { accepted: e.target.checked })}
                />
                <span className="font-serif">“{item.quote}”</span>
              </label>
              {badges[index] && (
                <p className="mt-1 text-xs" data-testid="checked-badge">
                  <a
                    href={`/claims/${badges[index].slug}`}
                    target="_blank"
                    rel="noopener"
                    className="rounded bg-sky-100 px-1.5 py-0.5 font-medium text-sky-900 ring-1 ring-sky-300 hover:underline"
                  >
                    Checked {longDate(badges[index].publishedAt)}:{' '}
                    {RATINGS[badges[index].rating as Rating].label}
                  </a>{' '}
                  <span className="text-stone-600">“{badges[index].claimReviewed}”</span>
                </p>
              )}
              <p className="mt-1 text-xs text-stone-600">
                score <strong>{item.score.toFixed(2)}</strong>
                {item.quantity
                  ? ` · asserts ${describeFigure(item.quantity.min, item.quantity.max, item.quantity.unit, item.quantity.period ?? null)}`
                  : ''}
                {item.cues.length ? ` · ${item.cues.join('; ')}` : ''}
              </p>
              {item.accepted && (
                <div className="mt-2 grid grid-cols-2 gap-2">
                  <label className="col-span-2 text-xs font-medium">
                    Claim as checked
                    {/* Grows with its text: a one-line box showed a long claim cut off mid-word. */}
                    <textarea
                      className={`${input} field-sizing-content`}
                      rows={2}
                      value={item.claimReviewed}
                      maxLength={200}
                      onChange={(e) => update(item.key, { claimReviewed: e.target.value })}
                    />
                  </label>
                  <label className="text-xs font-medium">
                    Speaker
                    <input
                      className={`${input} aria-[invalid=true]:border-red-700`}
                      value={item.speaker ?? ''}
                      aria-invalid={!item.speaker?.trim() || undefined}
                      placeholder="Who said this?"
                      onChange={(e) => update(item.key, { speaker: e.target.value })}
                    />
                  </label>
                  <label className="text-xs font-medium">
                    Kind
                    <select
                      className={input}
                      value={item.kind}
                      onChange={(e) => update(item.key, { kind: e.target.value as ReviewItem['kind'] })}
                    >
                      {Object.entries(KIND_LABEL).map(([value, label]) => (
                        <option key={value} value={value}>
                          {label}
                        </option>
                      ))}
                    </select>
                  </label>
                  <div className="col-span-2">
                    <Button
                      type="button"
                      variant="secondary"
                      onClick={() => split(item)}
                      disabled={!splitSuggestion(item)}
                    >
                      Split in two
                    </Button>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
