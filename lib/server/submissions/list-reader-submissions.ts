import 'server-only';
import { db } from '../db';
import { assertRole, type ActingUser } from '../acting-user';

/** Readers' suggestions and error reports, newest first, for editors. */
export function listReaderSubmissions(user: ActingUser) {
  assertRole(user, 'EDITOR', 'read reader messages');
  return db.readerSubmission.findMany({ orderBy: { createdAt: 'desc' }, take: 200, omit: { senderKey: true } });
}
