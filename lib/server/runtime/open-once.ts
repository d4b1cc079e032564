import { outsideRequests } from './outside-requests';

const holder = globalThis as { [key: symbol]: Promise<unknown> | undefined };

/**
 * A process-wide resource opened by its first caller and shared by all later ones (instrumentation
 * and route bundles each load this module, hence the global slot under `name`).
 * - It opens outside any request: its timers and sockets keep the async context they were made in,
 *   and a request's context holds the whole request (outside-requests.ts).
 * - An open that failed is not kept: the next caller opens afresh. A server that started while the
 *   database was down gets its resource once the database is back, without a restart.
 */
export function openOnce<T>(name: string, open: () => Promise<T>): () => Promise<T> {
  const key = Symbol.for(`claimdesk.open-once.${name}`);
  return () =>
    (holder[key] ??= outsideRequests(() =>
      open().catch((error: unknown) => {
        holder[key] = undefined;
        throw error;
      }),
    )) as Promise<T>;
}
