import 'server-only';
import { db } from './db';

/** A form is resubmitted within seconds or minutes (a retry, a double click); a day covers every honest copy. */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Forgets idempotency keys older than their lifetime, so the table stays the size of a day's saves. */
export async function pruneIdempotencyKeys(now = new Date()): Promise<number> {
  const { count } = await db.idempotencyKey.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_KEY_LIFETIME_MS) } },
  });
  return count;
}
