/**
 * Security headers for every response (proxy.ts sets them). Pages rendered per request get a
 * nonce-based script policy ('strict-dynamic'). Pages served as prerendered or cached HTML (verdict
 * and article pages, methodology, sign-out, the static 404) cannot carry a per-request nonce: the
 * same bytes go to every reader, and rendering them per request would lose the cache that keeps
 * them fast and up through a database outage. Their policy allows Next's inline bootstrap scripts
 * by 'unsafe-inline' and keeps every other directive. That is acceptable there: those pages hold no
 * session or form, and editor text on them is escaped by React (Markdown through sanitize-html).
 */

export function contentSecurityPolicy({ nonce, dev }: { nonce?: string; dev: boolean }): string {
  // React needs eval only in development, for its debugging stacks.
  const evalSource = dev ? " 'unsafe-eval'" : '';
  const scripts = nonce
    ? `'self' 'nonce-${nonce}' 'strict-dynamic'${evalSource}`
    : `'self' 'unsafe-inline'${evalSource}`;
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
