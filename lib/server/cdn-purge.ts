import 'server-only';
import { absoluteUrl } from '@/lib/site';

/**
 * Tells a purge-capable CDN which public paths changed: POST `{ paths, urls }` as JSON to
 * CDN_PURGE_URL (with `Authorization: Bearer CDN_PURGE_TOKEN` when set). Best effort: the short
 * shared lifetime of public pages already bounds staleness, so a failed purge is logged and never
 * fails the editor's save.
 */
export async function purgeCdn(
  paths: string[],
  env: Record<string, string | undefined> = process.env,
): Promise<boolean> {
  const endpoint = env.CDN_PURGE_URL;
  if (!endpoint || paths.length === 0) return false;
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(env.CDN_PURGE_TOKEN ? { authorization: `Bearer ${env.CDN_PURGE_TOKEN}` } : {}),
      },
      body: JSON.stringify({ paths, urls: paths.map(absoluteUrl) }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) console.warn(`CDN purge answered ${response.status} for ${paths.join(', ')}`);
    return response.ok;
  } catch (error) {
    console.warn(`CDN purge failed for ${paths.join(', ')}: ${(error as Error).message}`);
    return false;
  }
}
