/**
 * What the proxy needs to know about each kind of path, in one table beside lib/routes.ts:
 * - `signedIn`: only for signed-in people (the proxy's first gate; pages and actions check again);
 * - `perRequest`: rendered per request (ƒ in `next build`'s route list), so it can carry a CSP nonce;
 *   anything else is served as stored HTML and cannot;
 * - `shared`: read-only public bytes a shared cache (nginx, a CDN) may keep for PUBLIC_CACHE_SECONDS.
 * The first matching row wins; a path no row names is stored HTML that no shared cache keeps.
 */
export type RoutePolicy = { signedIn: boolean; perRequest: boolean; shared: boolean };

const PUBLIC_PAGE = { signedIn: false, perRequest: true, shared: true };
const PUBLIC_STORED = { signedIn: false, perRequest: false, shared: true };
const PRIVATE_PAGE = { signedIn: false, perRequest: true, shared: false };

const ROUTE_POLICIES: [RegExp, RoutePolicy][] = [
  [/^\/$/, PUBLIC_PAGE],
  [/^\/verdicts$/, PUBLIC_PAGE],
  [/^\/verdicts\/filtered\//, PUBLIC_STORED],
  [/^\/corrections$/, PUBLIC_PAGE],
  [/^\/sitemap\.xml$/, PUBLIC_PAGE],
  [/^\/feeds\//, PUBLIC_STORED],
  [/^\/claims\//, PUBLIC_STORED],
  [/^\/articles\//, PUBLIC_STORED],
  [/^\/methodology$/, PUBLIC_STORED],
  [/^\/robots\.txt$/, PUBLIC_STORED],
  [/^\/suggest$/, PRIVATE_PAGE],
  [/^\/login$/, PRIVATE_PAGE],
  [/^\/api\//, PRIVATE_PAGE],
  [/^\/desk(\/|$)/, { signedIn: true, perRequest: true, shared: false }],
  [/^\/password(\/|$)/, { signedIn: true, perRequest: false, shared: false }],
];

const STORED_PRIVATE: RoutePolicy = { signedIn: false, perRequest: false, shared: false };

export function routePolicy(pathname: string): RoutePolicy {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  return ROUTE_POLICIES.find(([pattern]) => pattern.test(path))?.[1] ?? STORED_PRIVATE;
}
