import 'server-only';
import { CHECKWORTHY_THRESHOLD } from '@/lib/claims/checkworthiness';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';

export type MonthPerformance = {
  month: string;
  decisions: number;
  suggested: number;
  kept: number;
  precision: number | null;
  recall: number | null;
};

/**
 * How the extractor does on the newsroom's own decisions, per month: precision is the share of its
 * suggestions editors kept, recall the share of kept claims it had suggested (the rest editors took
 * from below the threshold).
 */
export async function getSuggestionPerformance(user: ActingUser): Promise<MonthPerformance[]> {
  assertAllowed(user, 'extraction.model.read');
  const rows = await db.$queryRaw<
    { month: string; decisions: bigint; suggested: bigint; kept: bigint; both: bigint }[]
  >`
    SELECT to_char(date_trunc('month', "decidedAt"), 'YYYY-MM') AS month,
           count(*) AS decisions,
           count(*) FILTER (WHERE "suggestedScore" >= ${CHECKWORTHY_THRESHOLD}) AS suggested,
           count(*) FILTER (WHERE decision <> 'REJECTED') AS kept,
           count(*) FILTER (WHERE "suggestedScore" >= ${CHECKWORTHY_THRESHOLD} AND decision <> 'REJECTED') AS both
    FROM "ExtractionExample" GROUP BY 1 ORDER BY 1 DESC LIMIT 24`;
  return rows.map((r) => ({
    month: r.month,
    decisions: Number(r.decisions),
    suggested: Number(r.suggested),
    kept: Number(r.kept),
    precision: Number(r.suggested) ? Number(r.both) / Number(r.suggested) : null,
    recall: Number(r.kept) ? Number(r.both) / Number(r.kept) : null,
  }));
}
