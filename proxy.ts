import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { withAuth } from 'next-auth/middleware';
import { contentSecurityPolicy, HSTS, rendersPerRequest, STATIC_SECURITY_HEADERS } from '@/lib/security-headers';

/**
 * Every response gets the security headers. Pages rendered per request get a fresh CSP nonce: Next
 * reads it from the request's Content-Security-Policy header and puts it on its own scripts.
 */
function secured(request: NextRequest): NextResponse {
  const dev = process.env.NODE_ENV !== 'production';
  const nonce = rendersPerRequest(request.nextUrl.pathname) ? Buffer.from(crypto.randomUUID()).toString('base64') : undefined;
  const policy = contentSecurityPolicy({ nonce, dev });
  const requestHeaders = new Headers(request.headers);
  if (nonce) requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  if (!dev && https) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

// A first gate only for /desk and /password: every page and action re-checks the user against the database.
const deskGate = withAuth((request) => secured(request), { pages: { signIn: '/login' } });

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  return ['/desk', '/password'].some((p) => request.nextUrl.pathname.startsWith(p)) ? deskGate(request as Parameters<typeof deskGate>[0], event) : secured(request);
}

// Not for Next's hashed static files (next.config.js gives those the fixed headers).
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] };
