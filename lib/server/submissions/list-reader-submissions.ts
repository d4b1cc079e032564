import 'server-only';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';

/** Readers' suggestions and error reports, newest first, for editors. */
export function listReaderSubmissions(user: ActingUser) {
  assertAllowed(user, 'submission.read');
  return db.readerSubmission.findMany({ orderBy: { createdAt: 'desc' }, take: 200, omit: { senderKey: true } });
}
