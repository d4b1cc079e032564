import 'server-only';
import { db } from '@/lib/server/db';
import type { ActingUser } from '@/lib/server/acting-user';

/** Every speaker with how many claims (merged duplicates aside) carry their name. */
export function listSpeakers(_reader: ActingUser) {
  return db.speaker.findMany({
    orderBy: { name: 'asc' },
    include: { _count: { select: { claims: { where: { mergedIntoId: null } } } } },
  });
}
