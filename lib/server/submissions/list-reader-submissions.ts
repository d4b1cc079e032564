import 'server-only';
import type { SubmissionStatus } from '@/generated/prisma/enums';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';

export const READER_MESSAGES_PER_PAGE = 25;

/**
 * One page of readers' suggestions and error reports in one triage status, newest first, with the
 * count per status for the tabs. A page past the last gives the last page.
 */
export async function listReaderSubmissions(
  user: ActingUser,
  { status, page }: { status: SubmissionStatus; page: number },
) {
  assertAllowed(user, 'submission.read');
  const grouped = await db.readerSubmission.groupBy({ by: ['status'], _count: { _all: true } });
  const counts = Object.fromEntries(grouped.map((g) => [g.status, g._count._all])) as Partial<
    Record<SubmissionStatus, number>
  >;
  const pages = Math.max(1, Math.ceil((counts[status] ?? 0) / READER_MESSAGES_PER_PAGE));
  const current = Math.min(Math.max(1, page), pages);
  const submissions = await db.readerSubmission.findMany({
    where: { status },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (current - 1) * READER_MESSAGES_PER_PAGE,
    take: READER_MESSAGES_PER_PAGE,
    omit: { senderKey: true },
    include: { claim: { select: { id: true, claimReviewed: true } } },
  });
  return { submissions, counts, page: current, pages };
}
