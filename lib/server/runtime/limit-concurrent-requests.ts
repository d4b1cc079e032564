import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createRequestGate } from './request-gate';

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Puts every request of this process behind a request gate (request-gate.ts): a few start per turn
 * of the event loop and at most `limit` run at once, so the loop keeps accepting new connections and
 * a crowd is served in arrival order instead of all at once and all late.
 *
 * `next start` gives no hook around its request handler. Node publishes each request on this
 * documented diagnostics channel just before the server's 'request' listeners run, with the server:
 * the first time a server is seen its listeners are moved behind the gate.
 */
export function limitConcurrentRequests(limit: number) {
  const gated = new WeakSet<Server>();
  subscribe('http.server.request.start', (message) => {
    const { server } = message as { server: Server };
    if (gated.has(server)) return;
    gated.add(server);
    const gate = createRequestGate(limit);
    const listeners = server.listeners('request') as RequestListener[];
    server.removeAllListeners('request');
    server.on('request', (req: IncomingMessage, res: ServerResponse) =>
      gate.enter(res, () => {
        for (const listener of listeners) listener.call(server, req, res);
      }),
    );
  });
}
