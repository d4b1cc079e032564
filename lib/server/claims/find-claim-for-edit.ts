import 'server-only';
import type { Tx } from '../db';
import { AppError } from '../app-error';
import { assertClaimOpen } from '../access';

/** Loads a claim inside a transaction and refuses changes while it is archived or set aside. */
export async function findClaimForEdit(tx: Tx, claimId: string, doing: string) {
  const claim = await tx.claim.findUnique({ where: { id: claimId } });
  if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
  assertClaimOpen(claim, doing);
  return claim;
}
