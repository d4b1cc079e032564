import 'server-only';
import type { Tx } from '../db';

export function newestVerdict(tx: Tx, claimId: string) {
  return tx.verdict.findFirst({
    where: { claimId },
    orderBy: { createdAt: 'desc' },
    include: { votes: true },
  });
}
