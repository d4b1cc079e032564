'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { countOf } from '@/lib/count-label';
import { deskArticlePath, deskExtractPath } from '@/lib/routes';

type Progress = {
  id: string;
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  done: number;
  total: number;
  error: string | null;
  items: { title: string; claims: number | null; needSpeaker: number | null; articleId: string | null }[];
};

/** Polls the import, which any instance can answer, and lists each article as it is saved. */
export function BulkImportProgress({ initial }: { initial: Progress }) {
  const [progress, setProgress] = useState(initial);
  const finished = progress.status === 'DONE' || progress.status === 'FAILED';

  useEffect(() => {
    if (finished) return;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/bulk-imports/${progress.id}`, { cache: 'no-store' }).catch(
        () => null,
      );
      if (response?.ok) setProgress(await response.json());
    }, 1000);
    return () => clearInterval(timer);
  }, [progress.id, finished]);

  const saved = progress.items.filter((i) => i.articleId);
  const claims = saved.reduce((sum, i) => sum + (i.claims ?? 0), 0);
  return (
    <div className="space-y-3">
      {progress.status === 'FAILED' ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          The import stopped: {progress.error}
        </p>
      ) : (
        <div role="status" className="space-y-1 text-sm" data-testid="bulk-import-status">
          {!finished && (
            <progress
              max={progress.total}
              value={progress.done}
              aria-label="Import progress"
              className="h-2 w-full max-w-md"
            />
          )}
          <p className="text-stone-700 tabular-nums">
            {progress.status === 'QUEUED'
              ? 'Waiting for a server to start the import…'
              : progress.status === 'DONE'
                ? `Done: ${countOf(progress.total, 'article')} saved with ${countOf(claims, 'suggested claim')}.`
                : `Saved ${progress.done.toLocaleString('en')} of ${countOf(progress.total, 'article')} so far, with ${countOf(claims, 'suggested claim')}.`}
          </p>
        </div>
      )}
      {saved.length > 0 && (
        <ul
          className="divide-y divide-stone-200 rounded-md border border-stone-200 text-sm"
          aria-label="Saved articles"
        >
          {saved.map((item) => (
            <li key={item.articleId} className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-3 py-2">
              <Link
                href={deskArticlePath(item.articleId!)}
                className="font-medium break-words text-blue-800 underline"
              >
                {item.title}
              </Link>
              <span className="text-stone-700 tabular-nums">
                {countOf(item.claims ?? 0, 'claim')}
                {item.needSpeaker ? (
                  <>
                    {' · '}
                    <Link href={deskExtractPath(item.articleId!)} className="text-blue-800 underline">
                      {countOf(item.needSpeaker, 'suggestion')} need a speaker
                    </Link>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
