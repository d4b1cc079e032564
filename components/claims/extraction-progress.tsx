import type { ExtractionState } from './use-extraction';

export function ExtractionProgress({ state }: { state: ExtractionState }) {
  if (state.status === 'idle') return null;
  if (state.status === 'done') {
    return (
      <p role="status" className="text-sm text-stone-600">
        Read in {Math.round(state.ms)} ms.
      </p>
    );
  }
  const percent = state.total ? Math.round((state.done / state.total) * 100) : 0;
  return (
    <div role="status" className="flex items-center gap-3 text-sm">
      <progress max={100} value={percent} aria-label="Finding claims" className="h-2 w-64" />
      <span>Finding claims… {percent}%</span>
    </div>
  );
}
