import { expect, it } from 'vitest';
import nextConfig from '../next.config.js';
import {
  isVerdictSearch,
  keyFromSegment,
  readVerdictFilters,
  segmentFromKey,
  VERDICT_LIST_HEADER,
  verdictFilterKey,
} from './verdict-filter-key';

const keyOf = (query: string) => verdictFilterKey(readVerdictFilters(new URLSearchParams(query)));

it('gives every way of writing one filter the same key, so it is stored once', () => {
  const key = 'rating=FALSE&speaker=Donald+Trump&page=2';
  expect(keyOf('page=2&speaker=Donald%20Trump&rating=FALSE')).toBe(key);
  expect(keyOf('speaker=+Donald+Trump+&rating=FALSE&page=2&utm_source=x&article=')).toBe(key);
  expect(keyOf('rating=FALSE&page=1')).toBe('rating=FALSE');
});

it('drops what cannot be a filter before anything is rendered', () => {
  expect(keyOf('rating=SUPPORTS&page=-3')).toBe('');
  expect(keyOf('page=2.5')).toBe('');
  expect(keyOf(`speaker=${'a'.repeat(500)}`)).toBe(`speaker=${'a'.repeat(200)}`);
});

it('keeps reader search apart from the stored lists', () => {
  expect(isVerdictSearch(new URLSearchParams('q=hoax&rating=FALSE'))).toBe(true);
  expect(isVerdictSearch(new URLSearchParams('q=+&rating=FALSE'))).toBe(false);
});

it('carries any key through one path segment and back, and refuses segments it did not write', () => {
  const key = keyOf('speaker=Zoë O’Brien & Co/Ltd?&rating=FALSE');
  const segment = segmentFromKey(key);
  expect(segment).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(keyFromSegment(segment)).toBe(key);
  expect(segmentFromKey('')).toBe('all');
  expect(keyFromSegment('all')).toBe('');
  expect(keyFromSegment('rating%3DFALSE')).toBeNull();
  expect(keyFromSegment('_w')).toBeNull();
});

it('is rewritten by next.config.js from the header the proxy sets', async () => {
  const rules = await nextConfig.rewrites!();
  const [rule] = (Array.isArray(rules) ? rules : rules.beforeFiles) ?? [];
  expect(rule?.has).toEqual([expect.objectContaining({ type: 'header', key: VERDICT_LIST_HEADER })]);
  expect(rule?.destination).toBe('/verdicts/filtered/:list');
});
