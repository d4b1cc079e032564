import { decodeModel, type Model, type StoredModel } from '@/lib/claims/checkworthiness-model';
import { extractClaims } from '@/lib/claims/extract-claims';

/** `model` is the newsroom's active model; without it the worker scores with the shipped weights. */
export type WorkerRequest = { text: string; model: StoredModel | null };
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; suggestions: ReturnType<typeof extractClaims> };

let decoded: Model | undefined;

// Runs off the main thread so a long article never freezes the page while it is read.
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const post = (message: WorkerMessage) => self.postMessage(message);
  const { text, model } = event.data;
  if (model && decoded?.version !== model.version) decoded = decodeModel(model);
  const suggestions = extractClaims(text, {
    model: model ? decoded : undefined,
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
  post({ type: 'done', suggestions });
};
