'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoredModel } from '@/lib/claims/checkworthiness-model';
import type { Suggestion } from '@/lib/claims/extract-claims';
import type { WorkerMessage, WorkerRequest } from './extract.worker';

export type ExtractionState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; suggestions: Suggestion[]; ms: number };

/** Runs the claim extractor in a Web Worker with the newsroom's active model (null: the shipped one) and reports its progress. */
export function useExtraction(model: StoredModel | null) {
  const worker = useRef<Worker | null>(null);
  const [state, setState] = useState<ExtractionState>({ status: 'idle' });

  useEffect(() => () => worker.current?.terminate(), []);

  const run = useCallback(
    (text: string) => {
      worker.current?.terminate();
      const started = performance.now();
      const w = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      setState({ status: 'running', done: 0, total: text.length });
      w.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.type === 'progress')
          setState({ status: 'running', done: message.done, total: message.total });
        else {
          setState({ status: 'done', suggestions: message.suggestions, ms: performance.now() - started });
          w.terminate();
        }
      };
      w.postMessage({ text, model } satisfies WorkerRequest);
    },
    [model],
  );

  return { state, run };
}
