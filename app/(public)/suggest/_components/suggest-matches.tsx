'use client';

import { useEffect, useState } from 'react';
import { useFormResult } from '@/components/forms/action-form';

type Match = { claimReviewed: string; rating: string; url: string };

/**
 * After a reader sends a claim: up to three published verdicts that may already answer it, from
 * the public matching endpoint (published claims only).
 */
export function SuggestMatches() {
  const state = useFormResult();
  const message =
    state.status === 'ok' && state.values?.kind === 'SUGGEST_CLAIM' ? state.values.message : undefined;
  const [matches, setMatches] = useState<Match[]>([]);
  useEffect(() => {
    if (!message) return;
    const controller = new AbortController();
    fetch(`/api/match?limit=3&text=${encodeURIComponent(message)}`, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : { matches: [] }))
      .then((body: { matches: Match[] }) => setMatches(body.matches.slice(0, 3)))
      .catch(() => {});
    return () => controller.abort();
  }, [message]);
  if (!message || matches.length === 0) return null;
  return (
    <section
      aria-labelledby="maybe-checked-h"
      className="rounded-lg bg-white p-4 ring-1 ring-stone-200"
      data-testid="suggest-matches"
    >
      <h2 id="maybe-checked-h" className="mb-2 font-semibold">
        We may have checked this already
      </h2>
      <ul className="space-y-2 text-sm">
        {matches.map((m) => (
          <li key={m.url}>
            <span className="font-medium">{m.rating}:</span>{' '}
            <a href={m.url} className="break-words text-blue-800 underline">
              {m.claimReviewed}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
