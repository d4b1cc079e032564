import 'server-only';
import type { ActingUser } from '../acting-user';
import { db } from '../db';

/**
 * The starting point for a new verdict on a claim an editor marked as the same as an earlier one:
 * the earlier published verdict's rating, conclusion and rationale, with its sources listed in the
 * rationale. Only offered through an explicit "Start a verdict from this one"; nothing is saved
 * until the editor saves the form. Null without a same-claim link or a published earlier verdict.
 */
export async function getReusableVerdict(_reader: ActingUser, claimId: string, earlierId: string) {
  const link = await db.claimLink.findUnique({
    where: { claimId_earlierId: { claimId, earlierId } },
    select: {
      kind: true,
      earlier: {
        select: {
          claimReviewed: true,
          publishedVerdict: { select: { rating: true, conclusion: true, rationale: true, approvedAt: true } },
          sources: {
            orderBy: { createdAt: 'asc' },
            select: { title: true, url: true, publisher: true, createdAt: true },
          },
        },
      },
    },
  });
  const verdict = link?.kind === 'SAME_CLAIM' ? link.earlier.publishedVerdict : null;
  if (!link || !verdict) return null;
  const approvedAt = verdict.approvedAt ?? new Date(0);
  const sources = link.earlier.sources.filter((s) => s.createdAt <= approvedAt);
  const sourceList = sources.length
    ? `\n\nSources from the earlier check:\n${sources.map((s) => `- [${s.title}](${s.url}), ${s.publisher}`).join('\n')}`
    : '';
  return {
    from: link.earlier.claimReviewed,
    rating: verdict.rating,
    conclusion: verdict.conclusion,
    rationale: `${verdict.rationale}${sourceList}`,
  };
}
