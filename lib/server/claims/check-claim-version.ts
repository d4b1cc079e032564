import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Tx } from '../db';
import { describeEvent } from '@/lib/history/describe-event';
import { AppError } from '../app-error';

/**
 * Optimistic concurrency: applies the change and bumps the version only if the editor saw the
 * current one, so a concurrent save fails loudly instead of overwriting. Takes no lock.
 */
export async function checkClaimVersion(
  tx: Tx,
  claimId: string,
  seenVersion: number,
  data: Prisma.ClaimUncheckedUpdateManyInput = {},
) {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, version: seenVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return;
  const current = await tx.claim.findUnique({ where: { id: claimId }, select: { version: true } });
  if (!current) throw new AppError('NOT_FOUND', 'No such claim.');
  throw new AppError(
    'CONFLICT',
    `${await describeLatestChange(tx, claimId)} The page now shows it and your input is still in the form: check it and save again.`,
  );
}

/** "Someone else changed this claim: Erin Editor saved a verdict (Rating: Half true → False)." */
async function describeLatestChange(tx: Tx, claimId: string): Promise<string> {
  const latest = await tx.auditEvent.findFirst({
    where: { entityType: 'Claim', entityId: claimId },
    orderBy: { createdAt: 'desc' },
    include: { actor: { select: { name: true } } },
  });
  if (!latest) return 'Someone else changed this claim while you were working.';
  const { summary, changes } = describeEvent(latest);
  const short = (v?: string) => (v === undefined ? '—' : v.length > 60 ? `${v.slice(0, 57)}…` : v);
  const detail = changes.map((c) => `${c.field}: ${short(c.before)} → ${short(c.after)}`).join('; ');
  return `Someone else changed this claim while you were working: ${latest.actor?.name ?? 'a deleted user'} ${summary}${detail ? ` (${detail})` : ''}.`;
}
