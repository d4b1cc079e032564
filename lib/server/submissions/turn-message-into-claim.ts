import 'server-only';
import type { TurnMessageIntoClaimInput } from '@/lib/validation/reader-message-triage';
import { uniqueSlug } from '@/lib/slug';
import { longDate } from '@/lib/dates';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/**
 * A reader's message becomes a claim the acting editor researches. Claims are anchored in an
 * article's text, so the message itself becomes that text (its link is the article's address):
 * the reader's words are the quote and their link the first source. The message keeps a link to
 * the claim, so the desk can follow it.
 */
export async function turnMessageIntoClaim(
  user: ActingUser,
  { submissionId, claimReviewed, speaker, kind }: TurnMessageIntoClaimInput,
) {
  assertAllowed(user, 'claim.from-reader');
  return db.$transaction(async (tx) => {
    const submission = await tx.readerSubmission.findUnique({ where: { id: submissionId } });
    if (!submission) throw new AppError('NOT_FOUND', 'No such message.');
    if (submission.status === 'CLAIMED')
      throw new AppError('CONFLICT', 'This message was already turned into a claim.');

    const title = `Reader message of ${longDate(submission.createdAt)}`;
    const article = await tx.article.create({
      data: {
        slug: uniqueSlug(title),
        title,
        outlet: submission.url ? hostOf(submission.url) : 'Reader message',
        url: submission.url,
        publishedAt: submission.createdAt,
        text: submission.message,
      },
    });
    await tx.speaker.createMany({ data: [{ name: speaker }], skipDuplicates: true });
    const { id: speakerId } = await tx.speaker.findUniqueOrThrow({
      where: { name: speaker },
      select: { id: true },
    });
    const claim = await tx.claim.create({
      data: {
        slug: uniqueSlug(claimReviewed),
        articleId: article.id,
        speakerId,
        quote: submission.message,
        startOffset: 0,
        endOffset: submission.message.length,
        claimReviewed,
        kind,
        // An editor chose it: it is check-worthy by that decision, not by the extractor's score.
        score: 1,
        status: 'RESEARCHING',
        assigneeId: user.id,
        sources: submission.url
          ? {
              create: {
                url: submission.url,
                title: 'Link sent by a reader',
                publisher: hostOf(submission.url),
                stance: 'CONTEXT',
                addedById: user.id,
              },
            }
          : undefined,
      },
    });
    await tx.readerSubmission.update({
      where: { id: submissionId },
      data: { status: 'CLAIMED', claimId: claim.id },
    });
    await writeAudit(tx, user, {
      action: 'claim.from-reader',
      entityType: 'Claim',
      entityId: claim.id,
      after: { submissionId, claimReviewed, speaker, status: 'RESEARCHING' },
    });
    await writeAudit(tx, user, {
      action: 'submission.triage',
      entityType: 'ReaderSubmission',
      entityId: submissionId,
      before: { status: submission.status },
      after: { status: 'CLAIMED', claimId: claim.id },
    });
    return claim;
  });
}
