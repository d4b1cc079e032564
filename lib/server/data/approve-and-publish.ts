import 'server-only';
import type { ApproveAndPublishInput } from '@/lib/validation/workflow';
import { db } from '../db';
import { AppError } from '../app-error';
import { assertRole, type ActingUser } from '../acting-user';
import { writeAudit } from '../audit';
import { lockClaim } from './lock-claim';

/** The second-person sign-off: a chief or admin who did not write the verdict approves it. */
export async function approveAndPublish(user: ActingUser, { claimId, verdictId, version }: ApproveAndPublishInput) {
  assertRole(user, 'CHIEF', 'approve and publish verdicts');
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId } });
    if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
    if (claim.status !== 'IN_REVIEW') throw new AppError('INVALID', 'Only a claim in review can be published.');
    const newest = await tx.verdict.findFirst({ where: { claimId }, orderBy: { createdAt: 'desc' } });
    if (!newest || newest.id !== verdictId) {
      throw new AppError('CONFLICT', 'A newer verdict was saved after you opened this page; review that one instead.');
    }
    if (newest.authorId === user.id) {
      throw new AppError('FORBIDDEN', 'You wrote this verdict, so someone else must approve it.');
    }
    const now = new Date();
    await lockClaim(tx, claimId, version, { status: 'PUBLISHED', publishedAt: claim.publishedAt ?? now });
    await tx.verdict.update({ where: { id: verdictId }, data: { approvedById: user.id, approvedAt: now } });
    await writeAudit(tx, user, {
      action: 'claim.publish',
      entityType: 'Claim',
      entityId: claimId,
      before: { status: claim.status },
      after: { status: 'PUBLISHED', verdictId, rating: newest.rating },
    });
  });
}
