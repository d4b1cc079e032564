import 'server-only';
import { db } from '../db';
import { runClaimSearch, type ClaimSearchRequest } from './run-claim-search';

/** Reader search on the public site: published claims, public text only, no assignee filter. */
export function searchPublic(req: ClaimSearchRequest) {
  const { assigneeId: _ignored, status: _status, ...filters } = req.filters;
  return runClaimSearch(db, { ...req, filters }, { publicOnly: true, includeNotes: false });
}
