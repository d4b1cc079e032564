import { env } from '@/lib/env';

/** Runs once when the server starts: a missing or malformed setting stops it with a clear message. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  env();
  const { stampPeerAddress } = await import('@/lib/server/network/peer-address');
  stampPeerAddress();
}
