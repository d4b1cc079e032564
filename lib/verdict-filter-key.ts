import { RATING_KEYS } from './ratings';
import type { Rating } from '../generated/prisma/enums';

/**
 * The /verdicts filters as one canonical string ("rating=FALSE&speaker=…&page=2"): fixed order, no
 * empty values, no page 1. The proxy serves each string from one stored page, so a filtered list
 * costs what a verdict page costs; the stored page redirects any string that names something
 * unpublished to the string without it, so only combinations that exist are ever stored.
 */
export type VerdictFilterValues = { rating?: Rating; speaker?: string; article?: string; page: number };

const MAX_VALUE = 200;

export function verdictFilterKey({ rating, speaker, article, page }: VerdictFilterValues): string {
  const entries: [string, string][] = [];
  if (rating) entries.push(['rating', rating]);
  if (speaker) entries.push(['speaker', speaker]);
  if (article) entries.push(['article', article]);
  if (page > 1) entries.push(['page', String(page)]);
  return String(new URLSearchParams(entries));
}

/** What a visitor's query asks for, as far as can be told without the database. */
export function readVerdictFilters(query: URLSearchParams): VerdictFilterValues {
  const rating = query.get('rating');
  const text = (name: string) => query.get(name)?.trim().slice(0, MAX_VALUE) || undefined;
  const page = Number(query.get('page'));
  return {
    rating: RATING_KEYS.find((r) => r === rating),
    speaker: text('speaker'),
    article: text('article'),
    page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : 1,
  };
}

/** Reader search (`q`) is rendered per request; everything else on /verdicts is a filtered list. */
export const isVerdictSearch = (query: URLSearchParams) => Boolean(query.get('q')?.trim());

/**
 * The request header through which the proxy names the stored list to serve; next.config.js rewrites
 * /verdicts to `/verdicts/filtered/<its value>`. A rewrite in next.config.js stays inside the server,
 * where one returned by the proxy is fetched over HTTP whenever Next's idea of its own address differs
 * from the proxy's URL (it does under --hostname), which halved the throughput.
 */
export const VERDICT_LIST_HEADER = 'x-claimdesk-verdict-list';

/** A key as one path segment that needs no escaping (base64url of its UTF-8; "all" for no filter). */
export function segmentFromKey(key: string): string {
  if (!key) return 'all';
  const bytes = new TextEncoder().encode(key);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The key a segment names, or null when it is not one segmentFromKey wrote. */
export function keyFromSegment(segment: string): string | null {
  if (segment === 'all') return '';
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) return null;
  try {
    const binary = atob(segment.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}
