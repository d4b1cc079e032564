import 'server-only';
import type { TriageReaderMessageInput } from '@/lib/validation/reader-message-triage';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';

/** Marks a reader's message answered, dismissed or new again; one turned into a claim stays with its claim. */
export async function triageReaderMessage(
  user: ActingUser,
  { submissionId, status }: TriageReaderMessageInput,
) {
  assertAllowed(user, 'submission.triage');
  return db.$transaction(async (tx) => {
    const submission = await tx.readerSubmission.findUnique({
      where: { id: submissionId },
      select: { status: true },
    });
    if (!submission) throw new AppError('NOT_FOUND', 'No such message.');
    if (submission.status === 'CLAIMED')
      throw new AppError('INVALID', 'This message was turned into a claim; follow it on the claim.');
    await tx.readerSubmission.update({ where: { id: submissionId }, data: { status } });
    await writeAudit(tx, user, {
      action: 'submission.triage',
      entityType: 'ReaderSubmission',
      entityId: submissionId,
      before: { status: submission.status },
      after: { status },
    });
  });
}
