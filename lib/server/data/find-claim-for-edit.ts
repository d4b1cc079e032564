import 'server-only';
import type { Tx } from '../db';
import { AppError } from '../app-error';

/** Loads a claim inside a transaction and refuses changes that must go through a correction. */
export async function findClaimForEdit(tx: Tx, claimId: string, doing: string) {
  const claim = await tx.claim.findUnique({ where: { id: claimId } });
  if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
  if (claim.status === 'PUBLISHED' || claim.status === 'ARCHIVED') {
    throw new AppError('INVALID', `This claim is ${claim.status.toLowerCase()}; you cannot ${doing} now.`);
  }
  return claim;
}
