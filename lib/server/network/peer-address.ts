import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Next does not hand Server Actions or route handlers the socket, and it only fills
 * X-Forwarded-For with the socket address when the client sent none, so a client could name any
 * address. Node publishes every incoming request on this documented diagnostics channel before the
 * server sees it; we copy the socket's address into a header of our own, overwriting whatever the
 * client put there.
 */
export const PEER_ADDRESS_HEADER = 'x-claimdesk-peer-address';

export function stampPeerAddress() {
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? '';
  });
}
