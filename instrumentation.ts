import { env } from '@/lib/env';

/** Runs once when the server starts: a missing or malformed setting stops it with a clear message. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Captures the server's own async context before the first request (outside-requests.ts).
  await import('@/lib/server/runtime/outside-requests');
  env();
  const { stampPeerAddress } = await import('@/lib/server/network/peer-address');
  stampPeerAddress();
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  if (process.env.NODE_ENV === 'production') {
    const { limitConcurrentRequests } = await import('@/lib/server/runtime/limit-concurrent-requests');
    limitConcurrentRequests(env().MAX_CONCURRENT_REQUESTS);
  }
  const { releaseIdleMemory } = await import('@/lib/server/runtime/release-idle-memory');
  releaseIdleMemory();
  // Every instance works background jobs; a queue that cannot open yet must not stop the site.
  const { jobQueue } = await import('@/lib/server/jobs/job-queue');
  jobQueue().catch((error) =>
    console.error('Background jobs are not running yet; the next export or import starts them:', error),
  );
}
