import 'server-only';
import { v5 as nameBasedUuid } from 'uuid';
import { db, type Tx } from '../db';
import { AlreadySaved, claimIdempotencyKey, recordIdempotentEntity } from '../idempotency-key';

// The namespace of Claimdesk's job ids (any fixed UUID serves); the name is the row's id.
const JOB_ID_NAMESPACE = '5b0f3c52-8a1e-4c7d-9f25-6e4b1d2a7c90';

/**
 * The queue job's id for a row, always the same (a name-based UUID, as pg-boss keys jobs by UUID):
 * pg-boss inserts a job whose id it already holds as nothing, so sending twice queues the row once.
 */
const jobIdFor = (entityId: string) => nameBasedUuid(entityId, JOB_ID_NAMESPACE);

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
