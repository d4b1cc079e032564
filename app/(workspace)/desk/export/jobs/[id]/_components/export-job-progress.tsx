'use client';

import { useEffect, useState } from 'react';
import { countOf } from '@/lib/count-label';

type Progress = {
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  done: number;
  total: number;
  fileName: string | null;
  error: string | null;
};

const claims = (n: number) => countOf(n, 'claim');

/** Polls the export's progress, which any instance can answer, until the file is ready. */
export function ExportJobProgress({ id, initial }: { id: string; initial: Progress }) {
  const [progress, setProgress] = useState(initial);
  const finished = progress.status === 'DONE' || progress.status === 'FAILED';

  useEffect(() => {
    if (finished) return;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/report-exports/${id}`, { cache: 'no-store' }).catch(() => null);
      if (response?.ok) setProgress(await response.json());
    }, 1000);
    return () => clearInterval(timer);
  }, [id, finished]);

  if (progress.status === 'FAILED') {
    return (
      <p role="alert" className="text-sm font-medium text-red-800">
        The export failed: {progress.error}
      </p>
    );
  }
  if (progress.status === 'DONE') {
    return (
      <p role="status" className="text-sm text-emerald-800" data-testid="export-job-status">
        Ready: {claims(progress.total)}.{' '}
        <a href={`/api/report-exports/${id}/file`} download className="font-medium text-blue-800 underline">
          Download {progress.fileName}
        </a>
      </p>
    );
  }
  return (
    <div role="status" className="space-y-1 text-sm" data-testid="export-job-status">
      <progress
        max={progress.total || undefined}
        value={progress.total ? progress.done : undefined}
        aria-label="Export progress"
        className="h-2 w-full max-w-md"
      />
      <p className="text-stone-700 tabular-nums">
        {progress.status === 'QUEUED'
          ? 'Waiting for a server to start the export…'
          : `Built ${progress.done.toLocaleString('en')} of ${claims(progress.total)}`}
      </p>
    </div>
  );
}
