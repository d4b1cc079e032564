import 'server-only';
import { db, type Tx } from '../db';
import { AlreadySaved, claimIdempotencyKey, recordIdempotentEntity } from '../idempotency-key';

/**
 * Records a background job's row (create, which also writes its audit event) in one transaction
 * with the form's idempotency key, then queues it. A repeated post of the same form (a double
 * click that beat the disabled button, a retried request) starts nothing and is answered with the
 * first copy's id, so every copy leads to the one job.
 */
export async function startJobOnce(
  { idempotencyKey, action }: { idempotencyKey?: string; action: string },
  create: (tx: Tx) => Promise<string>,
  enqueue: (id: string) => Promise<unknown>,
): Promise<string> {
  try {
    const id = await db.$transaction(async (tx) => {
      await claimIdempotencyKey(tx, idempotencyKey, action);
      const created = await create(tx);
      await recordIdempotentEntity(tx, idempotencyKey, created);
      return created;
    });
    await enqueue(id);
    return id;
  } catch (error) {
    if (error instanceof AlreadySaved && error.entityId) return error.entityId;
    throw error;
  }
}
