import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { withAuth, type NextRequestWithAuth } from 'next-auth/middleware';
import { isPublicReadPath, PRIVATE_CACHE_CONTROL, publicCacheControl } from '@/lib/http/cache-control';

// A first gate only: every page and action re-checks the user against the database.
const deskGate = withAuth({ pages: { signIn: '/login' } });

// Computed once per process: the setting is read from the environment at start, not at build.
let publicHeader: string | undefined;

/**
 * Next would mark cached public pages `s-maxage=31536000`, so a CDN would keep a verdict for a year
 * after its correction. Setting Cache-Control here wins (Next keeps a header already on the
 * response): public reads get a short shared lifetime, the desk is never stored.
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/desk')) {
    const gated = (await deskGate(request as NextRequestWithAuth, event)) ?? NextResponse.next();
    gated.headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
    return gated;
  }
  const response = NextResponse.next();
  const readOnly = request.method === 'GET' || request.method === 'HEAD';
  response.headers.set('Cache-Control', readOnly && isPublicReadPath(pathname) ? (publicHeader ??= publicCacheControl()) : PRIVATE_CACHE_CONTROL);
  return response;
}

export const config = {
  matcher: ['/', '/verdicts', '/corrections', '/methodology', '/sitemap.xml', '/robots.txt', '/claims/:path*', '/articles/:path*', '/feeds/:path*', '/desk/:path*'],
};
