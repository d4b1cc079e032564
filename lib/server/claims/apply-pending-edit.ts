import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { Tx } from '@/lib/server/db';
import type { ActingUser } from '@/lib/server/acting-user';
import { writeAudit } from '@/lib/server/audit';
import { auditView, changedOnly } from './audit-view';
import { editColumnsOf, pendingEditOf } from './claim-edit-columns';

/** Publishing a correction applies the claim edit that waited for it; returns whether there was one. */
export async function applyPendingEdit(tx: Tx, user: ActingUser, claimId: string): Promise<boolean> {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId } });
  const pending = pendingEditOf(claim.pendingEdit);
  if (!pending) return false;
  await tx.claim.update({ where: { id: claimId }, data: { ...pending, pendingEdit: Prisma.DbNull } });
  const { before, after } = changedOnly(
    await auditView(tx, editColumnsOf(claim)),
    await auditView(tx, pending),
  );
  await writeAudit(tx, user, {
    action: 'claim.edit.publish',
    entityType: 'Claim',
    entityId: claimId,
    before,
    after,
  });
  return true;
}
