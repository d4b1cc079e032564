import { expect, it } from 'vitest';
import { routePolicy } from './route-policy';

it('lets shared caches keep reading pages and feeds, not the desk, sign-in or the suggestion form', () => {
  for (const path of ['/', '/verdicts', '/claims/x', '/articles/y', '/feeds/verdicts.atom', '/sitemap.xml'])
    expect(routePolicy(path).shared, path).toBe(true);
  for (const path of [
    '/desk',
    '/desk/claims/1',
    '/login',
    '/suggest',
    '/api/reports',
    '/claimsx',
    '/password',
  ])
    expect(routePolicy(path).shared, path).toBe(false);
});

it('knows which pages are rendered per request and which are served as stored HTML', () => {
  for (const path of [
    '/',
    '/verdicts',
    '/login',
    '/desk',
    '/desk/claims/x',
    '/suggest',
    '/corrections',
    '/verdicts/',
  ])
    expect(routePolicy(path).perRequest, path).toBe(true);
  for (const path of [
    '/claims/some-claim',
    '/articles/anchorage',
    '/methodology',
    '/logout',
    '/no-such-page',
    '/verdicts/filtered/rating%3DFALSE',
    '/feeds/claimreview.json',
  ])
    expect(routePolicy(path).perRequest, path).toBe(false);
});

it('gates only the desk and the password page behind sign-in', () => {
  for (const path of ['/desk', '/desk/admin', '/password'])
    expect(routePolicy(path).signedIn, path).toBe(true);
  for (const path of ['/', '/desktop', '/login', '/claims/x', '/api/reports'])
    expect(routePolicy(path).signedIn, path).toBe(false);
});
