import { AsyncLocalStorage } from 'node:async_hooks';

type Run = <R>(fn: () => R) => R;

// One per process, whichever bundle loads this first: instrumentation.ts does at start-up, before
// any request, so the context captured is the server's own and belongs to no request.
const key = Symbol.for('claimdesk.outside-requests');
const holder = globalThis as { [key]?: Run };
holder[key] ??= AsyncLocalStorage.snapshot();

/**
 * Runs `fn` in the async context the server started in. Every promise carries the context it was
 * made in, and a request's context holds the whole request (Next's stores, React's render, the
 * response): whatever keeps such a promise after the response keeps all of that too.
 */
export const outsideRequests: Run = holder[key];
