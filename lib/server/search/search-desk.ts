import 'server-only';
import { hasRole } from '@/lib/roles';
import type { ActingUser } from '../acting-user';
import { db } from '../db';
import { runClaimSearch, type ClaimSearchRequest } from './run-claim-search';

/** Desk search for a signed-in user: internal notes take part only for editors and above. */
export function searchDesk(reader: ActingUser, req: ClaimSearchRequest) {
  return runClaimSearch(db, req, { publicOnly: false, includeNotes: hasRole(reader.role, 'EDITOR') });
}
