import type { DownloadState } from './use-report-download';
import { countOf } from '@/lib/count-label';

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const claims = (n: number) => countOf(n, 'claim');

export function DownloadProgress({ state }: { state: DownloadState }) {
  if (state.status === 'idle') return null;
  if (state.status === 'error') {
    return (
      <p role="alert" className="text-sm font-medium whitespace-pre-line text-red-800">
        {state.message}
      </p>
    );
  }
  if (state.status === 'cancelled') {
    return (
      <p role="status" className="text-sm text-stone-700">
        Export cancelled.
      </p>
    );
  }
  if (state.status === 'done') {
    return (
      <p role="status" className="text-sm text-emerald-800" data-testid="export-status">
        Saved {state.name}: {claims(state.total)}, {size(state.bytes)}.
      </p>
    );
  }
  return (
    <div role="status" className="space-y-1 text-sm" data-testid="export-status">
      {/* Without a total (an empty report) the bar has no value and shows as indeterminate. */}
      <progress
        max={state.total || undefined}
        value={state.total ? state.claims : undefined}
        aria-label="Export progress"
        className="h-2 w-full max-w-md"
      />
      <p className="text-stone-700 tabular-nums">
        {state.bytes
          ? `Received ${state.claims.toLocaleString('en')} of ${claims(state.total)} · ${size(state.bytes)}`
          : 'Preparing the export…'}
      </p>
    </div>
  );
}
