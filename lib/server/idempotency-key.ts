import 'server-only';
import type { Tx } from './db';

/**
 * The submission was stored by an earlier copy of the same request; the form says so instead of
 * storing it again. entityId is what that copy recorded it created (see recordIdempotentEntity).
 */
export class AlreadySaved extends Error {
  constructor(readonly entityId: string | null = null) {
    super('Already saved: this form was sent twice and stored once.');
    this.name = 'AlreadySaved';
  }
}

/**
 * Records the form's idempotency key inside the caller's transaction, before anything else is written.
 * A second copy running at the same time waits on the primary key until the first commits and then
 * inserts nothing (ON CONFLICT DO NOTHING, so its transaction is not aborted): it throws AlreadySaved.
 * If the first copy rolled back, the second one stores normally.
 */
export async function claimIdempotencyKey(tx: Tx, key: string | undefined, action: string): Promise<void> {
  if (!key) return;
  const inserted =
    await tx.$executeRaw`INSERT INTO "IdempotencyKey" ("key", "action") VALUES (${key}, ${action}) ON CONFLICT ("key") DO NOTHING`;
  if (inserted === 0) {
    const [earlier] = await tx.$queryRaw<{ entityId: string | null }[]>`
      SELECT "entityId" FROM "IdempotencyKey" WHERE "key" = ${key} AND "action" = ${action}`;
    throw new AlreadySaved(earlier?.entityId ?? null);
  }
}

/** Notes what the first copy created, in its transaction, so a repeated post can be sent to it. */
export async function recordIdempotentEntity(
  tx: Tx,
  key: string | undefined,
  entityId: string,
): Promise<void> {
  if (!key) return;
  await tx.$executeRaw`UPDATE "IdempotencyKey" SET "entityId" = ${entityId} WHERE "key" = ${key}`;
}
