import 'server-only';
import { createHmac } from 'node:crypto';
import { headers } from 'next/headers';
import { addressBucket } from './network/address-bucket';
import { clientAddress } from './network/client-address';

/**
 * A keyed hash of the reader's address (an IPv6 reader's /64), for rate limiting without storing the address itself.
 * Senders whose address is unknown share one key, so they are limited together rather than not at all.
 */
export async function senderKey(): Promise<string> {
  const address = clientAddress(await headers());
  return createHmac('sha256', process.env.NEXTAUTH_SECRET ?? 'claimdesk')
    .update(address ? addressBucket(address) : 'unknown')
    .digest('hex')
    .slice(0, 32);
}
