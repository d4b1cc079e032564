import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { withAuth, type NextRequestWithAuth } from 'next-auth/middleware';
import { PRIVATE_CACHE_CONTROL, publicCacheControl } from '@/lib/http/cache-control';
import { routePolicy } from '@/lib/route-policy';
import { sessionJwt } from '@/lib/auth/session-jwt';
import { verdictsPath } from '@/lib/routes';
import {
  isVerdictSearch,
  readVerdictFilters,
  segmentFromKey,
  VERDICT_LIST_HEADER,
  verdictFilterKey,
} from '@/lib/verdict-filter-key';
import { contentSecurityPolicy, HSTS, STATIC_SECURITY_HEADERS } from '@/lib/security-headers';
import { ACTION_BODY_LIMIT_BYTES } from '@/lib/action-body-limit';

// Computed once per process: the setting is read from the environment at start, not at build.
let publicHeader: string | undefined;

/**
 * Every response gets the security headers. Pages rendered per request get a fresh CSP nonce: Next
 * reads it from the request's Content-Security-Policy header and puts it on its own scripts.
 * Cache-Control is set here because Next keeps a header already on the response (it would mark
 * cached public pages `s-maxage=31536000`, and a CDN would keep a verdict for a year after its
 * correction): public reads get a short shared lifetime, everything else is never stored.
 */
function secured(request: NextRequest): NextResponse {
  const list = storedVerdictList(request);
  const policy = routePolicy(list ? `${verdictsPath()}/filtered/${list}` : request.nextUrl.pathname);
  const dev = process.env.NODE_ENV !== 'production';
  const nonce = policy.perRequest ? Buffer.from(crypto.randomUUID()).toString('base64') : undefined;
  const csp = contentSecurityPolicy({ nonce, dev });
  const requestHeaders = new Headers(request.headers);
  if (nonce) requestHeaders.set('Content-Security-Policy', csp);
  // Set only here: a visitor's own copy of the header never chooses the page.
  requestHeaders.delete(VERDICT_LIST_HEADER);
  if (list) requestHeaders.set(VERDICT_LIST_HEADER, list);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  if (!dev && https) response.headers.set('Strict-Transport-Security', HSTS);
  const readOnly = request.method === 'GET' || request.method === 'HEAD';
  const shared = readOnly && policy.shared;
  response.headers.set(
    'Cache-Control',
    shared ? (publicHeader ??= publicCacheControl()) : PRIVATE_CACHE_CONTROL,
  );
  return response;
}

// A first gate only for signed-in pages: every page and action re-checks the user against the database.
const deskGate = withAuth((request) => secured(request), {
  pages: { signIn: '/login' },
  jwt: { decode: sessionJwt.decode },
});

/**
 * /verdicts without a search is a filtered list: each filter combination is one stored page, so a
 * reader's filter costs what a verdict page costs instead of a render per request.
 */
function storedVerdictList(request: NextRequest): string | undefined {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname !== verdictsPath() || isVerdictSearch(searchParams)) return undefined;
  return segmentFromKey(verdictFilterKey(readVerdictFilters(searchParams)));
}

/**
 * A Server Action post larger than Next accepts would get its bare 500; a script (or a browser whose
 * form skipped the check) is told instead what went wrong. The declared length is enough: a body
 * sent without one still meets Next's own limit.
 */
function tooLarge(request: NextRequest): NextResponse | undefined {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return undefined;
  if (Number(request.headers.get('content-length') ?? 0) <= ACTION_BODY_LIMIT_BYTES) return undefined;
  const limit = `${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB`;
  return new NextResponse(`Too large to save: a form may send at most ${limit}. Nothing was stored.`, {
    status: 413,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...STATIC_SECURITY_HEADERS },
  });
}

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  const refused = tooLarge(request);
  if (refused) return refused;
  return routePolicy(request.nextUrl.pathname).signedIn
    ? deskGate(request as NextRequestWithAuth, event)
    : secured(request);
}

// Not for Next's hashed static files (next.config.js gives those the fixed headers).
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] };
