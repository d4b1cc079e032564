import 'server-only';
import type { Tx } from '../db';
import { AppError } from '../app-error';

/** Loads a claim inside a transaction and refuses changes while it is archived or set aside. */
export async function findClaimForEdit(tx: Tx, claimId: string, doing: string) {
  const claim = await tx.claim.findUnique({ where: { id: claimId } });
  if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
  if (claim.status === 'ARCHIVED' || claim.status === 'NOT_CHECKABLE') {
    throw new AppError('INVALID', `This claim is ${claim.status === 'ARCHIVED' ? 'archived' : 'marked not checkable'}; reopen it to ${doing}.`);
  }
  return claim;
}
