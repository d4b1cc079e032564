/**
 * Cache-Control for pages every reader sees alike. A shared cache (nginx, a CDN) may serve them,
 * but must look again after PUBLIC_CACHE_SECONDS, so a correction reaches every reader within that
 * time even when no purge reaches the cache. Read from the environment when the server starts (the
 * proxy keeps it for the process), so one build serves any setting.
 */
export function publicCacheControl(env: Record<string, string | undefined> = process.env): string {
  const fresh = seconds(env.PUBLIC_CACHE_SECONDS, 60);
  const stale = seconds(env.PUBLIC_STALE_SECONDS, Math.max(1, Math.round(fresh / 2)));
  return `public, s-maxage=${fresh}, stale-while-revalidate=${stale}`;
}

/** Desk pages, sign-in and anything that depends on who asks: never stored anywhere. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

function seconds(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value && Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}
