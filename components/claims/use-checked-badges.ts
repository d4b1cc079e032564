'use client';

import { useEffect, useState } from 'react';

export type CheckedBadge = {
  slug: string;
  claimReviewed: string;
  publishedAt: string;
  rating: string;
} | null;

/** Asks the desk which suggestions repeat a published verdict; keyed by the suggestion texts. */
export function useCheckedBadges(texts: string[]): CheckedBadge[] {
  const key = texts.join('\u0000');
  const [badges, setBadges] = useState<{ key: string; badges: CheckedBadge[] }>({ key: '', badges: [] });
  useEffect(() => {
    if (texts.length === 0) return;
    const controller = new AbortController();
    fetch('/api/match/suggestions', {
      method: 'POST',
      body: JSON.stringify({ texts: texts.slice(0, 200) }),
      signal: controller.signal,
    })
      .then((r) => (r.ok ? r.json() : { badges: [] }))
      .then((body: { badges: CheckedBadge[] }) => setBadges({ key, badges: body.badges }))
      .catch(() => {});
    return () => controller.abort();
    // The texts are captured by `key`; re-asking on every array identity change would refetch on each edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return badges.key === key ? badges.badges : [];
}
