import { extractClaims } from '@/lib/claims/extract-claims';

export type WorkerRequest = { text: string };
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; suggestions: ReturnType<typeof extractClaims> };

// Runs off the main thread so a long article never freezes the page while it is read.
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const post = (message: WorkerMessage) => self.postMessage(message);
  const suggestions = extractClaims(event.data.text, { onProgress: (done, total) => post({ type: 'progress', done, total }) });
  post({ type: 'done', suggestions });
};
