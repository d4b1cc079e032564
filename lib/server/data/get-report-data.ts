import 'server-only';
import type { ActingUser } from '../acting-user';
import { streamReportClaims } from './stream-report-claims';

/**
 * One article's report data in memory, for callers that want it whole; the export route streams
 * through streamReportClaims instead. Same access rule: internal notes need an editor or above.
 */
export async function getReportData(user: ActingUser, articleId: string, { includeNotes }: { includeNotes: boolean }) {
  const { article, batches } = await streamReportClaims(user, { articleId }, { includeNotes });
  const claims = [];
  for await (const batch of batches) claims.push(...batch);
  return { ...article!, claims };
}

export type ReportData = Awaited<ReturnType<typeof getReportData>>;
