import 'server-only';
import { SERVICE_UNAVAILABLE, tooManyAttempts } from '@/lib/auth/sign-in-errors';
import { absoluteUrl } from '@/lib/site';
import { clientAddress } from '../network/client-address';
import { signInWait } from './sign-in-throttle';

// Same shape as next-auth's own JSON answer ({ url } with the error in its query), so its client
// signIn() reports the code to the form.
function refuse(status: number, error: string, headers?: HeadersInit) {
  return Response.json({ url: absoluteUrl(`/login?${new URLSearchParams({ error })}`) }, { status, headers });
}

/**
 * Runs before next-auth sees a credentials sign-in: a throttled account or address gets HTTP 429
 * with Retry-After (even with the right password), and a database that does not answer gets 503.
 * Null lets the sign-in go ahead.
 */
export async function credentialsGate(request: Request): Promise<Response | null> {
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const email = String(form?.get('email') ?? '');
  let wait: number;
  try {
    wait = await signInWait(email, clientAddress(request.headers));
  } catch (error) {
    console.error('Sign-in throttle could not reach the database:', error);
    return refuse(503, SERVICE_UNAVAILABLE, { 'Retry-After': '30' });
  }
  if (wait <= 0) return null;
  const seconds = Math.ceil(wait / 1000);
  return refuse(429, tooManyAttempts(seconds), { 'Retry-After': String(seconds) });
}
