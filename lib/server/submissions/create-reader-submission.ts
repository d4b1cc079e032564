import 'server-only';
import type { ReaderSubmissionInput } from '@/lib/validation/reader-submission';
import { db } from '../db';
import { AppError } from '../app-error';
import { writeAudit } from '../audit';

export const SUBMISSION_LIMIT = { count: 5, minutes: 10 };

/**
 * Stores a reader's suggestion or error report. Public: the reader is identified only by a keyed
 * hash of their address, which also rate-limits them. A per-sender advisory lock makes the count
 * and the insert atomic, so parallel posts cannot slip past the limit.
 */
export async function createReaderSubmission(sender: { key: string }, { website, ...input }: ReaderSubmissionInput) {
  if (website) return null;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${sender.key}))::text`;
    const since = new Date(Date.now() - SUBMISSION_LIMIT.minutes * 60_000);
    const recent = await tx.readerSubmission.count({ where: { senderKey: sender.key, createdAt: { gte: since } } });
    if (recent >= SUBMISSION_LIMIT.count) throw new AppError('INVALID', `Thank you, we have your earlier messages. Please wait ${SUBMISSION_LIMIT.minutes} minutes before sending more.`);
    const submission = await tx.readerSubmission.create({ data: { ...input, senderKey: sender.key } });
    await writeAudit(tx, null, { action: 'submission.create', entityType: 'ReaderSubmission', entityId: submission.id, after: { kind: submission.kind } });
    return submission;
  });
}
