import 'server-only';
import { db, type Tx } from '../db';

const DEFAULTS = { reviewVotes: 1 };

/** The newsroom settings row, or the defaults before an admin has saved any. */
export async function getSettings(tx: Pick<Tx, 'setting'> = db) {
  return (await tx.setting.findUnique({ where: { id: 1 } })) ?? { id: 1, ...DEFAULTS };
}
