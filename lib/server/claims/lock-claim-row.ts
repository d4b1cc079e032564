import 'server-only';
import type { Tx } from '../db';
import { AppError } from '../app-error';

/** Pessimistic lock for changes that do not edit the claim itself (votes), so their counts never race. */
export async function lockClaimRow(tx: Tx, claimId: string) {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "Claim" WHERE "id" = ${claimId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'No such claim.');
}
