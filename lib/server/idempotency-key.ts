import 'server-only';
import type { Tx } from './db';

/** The submission was stored by an earlier copy of the same request; the form says so instead of storing it again. */
export class AlreadySaved extends Error {
  constructor() {
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
  if (inserted === 0) throw new AlreadySaved();
}
