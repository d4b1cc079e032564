import 'server-only';
import { createHmac } from 'node:crypto';
import { headers } from 'next/headers';
import { clientAddress } from './network/client-address';

/**
 * A keyed hash of the reader's address, for rate limiting without storing the address itself.
 * Senders whose address is unknown share one key, so they are limited together rather than not at all.
 */
export async function senderKey(): Promise<string> {
  const address = clientAddress(await headers()) ?? 'unknown';
  return createHmac('sha256', process.env.NEXTAUTH_SECRET ?? 'claimdesk')
    .update(address)
    .digest('hex')
    .slice(0, 32);
}
