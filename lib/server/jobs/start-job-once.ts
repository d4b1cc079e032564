import 'server-only';
import { createHash } from 'node:crypto';
import { db, type Tx } from '../db';
import { AlreadySaved, claimIdempotencyKey, recordIdempotentEntity } from '../idempotency-key';

/**
 * The queue job's id for a row, always the same: pg-boss inserts a job whose id it already holds as
 * nothing, so sending twice queues the row once.
 */
function jobIdFor(entityId: string): string {
  const h = createHash('sha256').update(entityId).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/**
 * Records a background job's row (create, which also writes its audit event) in one transaction
 * with the form's idempotency key, then queues it. A repeated post of the same form (a double
 * click that beat the disabled button, a retried request) creates nothing and is answered with the
 * first copy's id. It queues that row again, which is a no-op unless the first copy's send failed
 * after its commit: then the retry is what starts the job, instead of leading to one never queued.
 */
export async function startJobOnce(
  { idempotencyKey, action }: { idempotencyKey?: string; action: string },
  create: (tx: Tx) => Promise<string>,
  enqueue: (id: string, options: { id: string }) => Promise<unknown>,
): Promise<string> {
  let id: string;
  try {
    id = await db.$transaction(async (tx) => {
      await claimIdempotencyKey(tx, idempotencyKey, action);
      const created = await create(tx);
      await recordIdempotentEntity(tx, idempotencyKey, created);
      return created;
    });
  } catch (error) {
    if (!(error instanceof AlreadySaved && error.entityId)) throw error;
    id = error.entityId;
  }
  await enqueue(id, { id: jobIdFor(id) });
  return id;
}
