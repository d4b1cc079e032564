/**
 * Security headers for every response (proxy.ts sets them). Pages rendered per request get a
 * nonce-based script policy; the public pages served as cached HTML cannot carry a per-request
 * nonce (the same bytes go to every reader), so they allow Next's inline bootstrap scripts by
 * 'unsafe-inline' and keep every other directive. Why that is acceptable: those pages hold no
 * session and render editor text escaped by React (Markdown through sanitize-html).
 */

/** Paths whose HTML is cached and shared by every reader (see revalidate-public.ts). */
const CACHED_PUBLIC_HTML = [/^\/$/, /^\/verdicts\/?$/, /^\/claims\/[^/]+\/?$/, /^\/articles\/[^/]+\/?$/, /^\/methodology\/?$/, /^\/corrections\/?$/];

export function servesCachedHtml(pathname: string): boolean {
  return CACHED_PUBLIC_HTML.some((pattern) => pattern.test(pathname));
}

export function contentSecurityPolicy({ nonce, dev }: { nonce?: string; dev: boolean }): string {
  // React needs eval only in development, for its debugging stacks.
  const evalSource = dev ? " 'unsafe-eval'" : '';
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'${evalSource}` : `'self' 'unsafe-inline'${evalSource}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // React and Next set style attributes; styles cannot run code, so inline styles stay allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The claim extractor runs in a Web Worker; 'strict-dynamic' alone would not cover it.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers every response carries, whatever it is. */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

/** HSTS only in production and only over https: sent over plain http it would be ignored or, behind a misconfigured proxy, lock readers out. */
export const HSTS = 'max-age=63072000; includeSubDomains';
