import { expect, it } from 'vitest';
import { currentNavLink } from './current-nav-link';

const DESK = ['/desk', '/desk/queue', '/desk/queue?mine=1', '/desk/export'];

it('marks the most specific link the address matches, path and query', () => {
  expect(currentNavLink(DESK, '/desk/queue', new URLSearchParams('mine=1'))).toBe('/desk/queue?mine=1');
  expect(currentNavLink(DESK, '/desk/queue', new URLSearchParams('status=NEW'))).toBe('/desk/queue');
  expect(currentNavLink(DESK, '/desk', new URLSearchParams())).toBe('/desk');
  expect(currentNavLink(DESK, '/desk/claims/abc', new URLSearchParams())).toBeUndefined();
  expect(currentNavLink(['/', '/verdicts'], '/verdicts')).toBe('/verdicts');
});
