import 'server-only';
import type { ReaderSubmissionInput } from '@/lib/validation/reader-submission';
import { db } from '../db';
import { AppError } from '../app-error';
import { writeAudit } from '../audit';
import { claimIdempotencyKey } from '../idempotency-key';

/** Per sender, and for all senders together: many addresses (a botnet, IPv6 ranges) still cannot bury the inbox. */
export const SUBMISSION_LIMIT = { count: 5, minutes: 10, globalCount: 100 };

/**
 * Stores a reader's suggestion or error report. Public: the reader is identified only by a keyed
 * hash of their address, which also rate-limits them. One advisory lock for all submissions makes
 * both counts and the insert atomic, so parallel posts cannot slip past either limit; readers'
 * messages are few enough that queueing them costs nothing.
 */
export async function createReaderSubmission(
  sender: { key: string },
  { website, idempotencyKey, ...input }: ReaderSubmissionInput,
) {
  if (website) return null;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext('reader-submissions'))::text`;
    // A double click is one message: it must neither be stored twice nor count twice against the limit.
    await claimIdempotencyKey(tx, idempotencyKey, 'submission.create');
    const since = new Date(Date.now() - SUBMISSION_LIMIT.minutes * 60_000);
    const recent = await tx.readerSubmission.count({
      where: { senderKey: sender.key, createdAt: { gte: since } },
    });
    if (recent >= SUBMISSION_LIMIT.count)
      throw new AppError(
        'INVALID',
        `Thank you, we have your earlier messages. Please wait ${SUBMISSION_LIMIT.minutes} minutes before sending more.`,
      );
    const everyone = await tx.readerSubmission.count({ where: { createdAt: { gte: since } } });
    if (everyone >= SUBMISSION_LIMIT.globalCount)
      throw new AppError(
        'INVALID',
        `We are receiving more messages than usual. Please try again in ${SUBMISSION_LIMIT.minutes} minutes.`,
      );
    const submission = await tx.readerSubmission.create({ data: { ...input, senderKey: sender.key } });
    await writeAudit(tx, null, {
      action: 'submission.create',
      entityType: 'ReaderSubmission',
      entityId: submission.id,
      after: { kind: submission.kind },
    });
    return submission;
  });
}
