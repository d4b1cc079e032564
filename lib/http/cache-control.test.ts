import { describe, expect, it } from 'vitest';
import { publicCacheControl } from './cache-control';

describe('public Cache-Control', () => {
  it('lets a shared cache keep public pages for a minute by default, and as configured', () => {
    expect(publicCacheControl({})).toBe('public, s-maxage=60, stale-while-revalidate=30');
    expect(publicCacheControl({ PUBLIC_CACHE_SECONDS: '5', PUBLIC_STALE_SECONDS: '2' })).toBe(
      'public, s-maxage=5, stale-while-revalidate=2',
    );
    expect(publicCacheControl({ PUBLIC_CACHE_SECONDS: 'a year' })).toBe(
      'public, s-maxage=60, stale-while-revalidate=30',
    );
  });
});
