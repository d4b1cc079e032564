import proxyaddr from 'proxy-addr';
import { PEER_ADDRESS_HEADER } from './peer-address';

type HeaderSource = { get(name: string): string | null };

// proxy-addr is Express's implementation of "trust proxy": CIDRs, lists and names like `loopback`.
let trust: ReturnType<typeof proxyaddr.compile> | undefined;
function trusted() {
  trust ??= proxyaddr.compile(
    (process.env.TRUSTED_PROXIES ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  );
  return trust;
}

/**
 * The reader's address: the socket peer, or, when that peer is a proxy the operator declared in
 * TRUSTED_PROXIES, the right-most X-Forwarded-For entry that is not itself a trusted proxy. Entries
 * left of that are whatever the client claimed and are never used. Null when the request did not
 * come through the peer stamp (a server started some other way).
 */
export function clientAddress(headers: HeaderSource): string | null {
  const peer = headers.get(PEER_ADDRESS_HEADER);
  if (!peer) return null;
  const forwardedFor = headers.get('x-forwarded-for') ?? undefined;
  return proxyaddr(
    { socket: { remoteAddress: peer }, headers: { 'x-forwarded-for': forwardedFor } } as never,
    trusted(),
  );
}
