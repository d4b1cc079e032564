import 'server-only';
import { createHmac } from 'node:crypto';
import { headers } from 'next/headers';

/**
 * A keyed hash of the reader's address, for rate limiting without storing the address itself.
 * The first X-Forwarded-For entry is the client when the app runs behind a proxy, as it should.
 */
export async function senderKey(): Promise<string> {
  const h = await headers();
  const address = h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'unknown';
  return createHmac('sha256', process.env.NEXTAUTH_SECRET ?? 'claimdesk').update(address).digest('hex').slice(0, 32);
}
