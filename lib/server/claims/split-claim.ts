import 'server-only';
import type { SplitClaimInput } from '@/lib/validation/claim';
import { proposeClaim } from '@/lib/claim-proposal/propose-claim';
import { uniqueSlug } from '@/lib/slug';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/app-error';
import type { ActingUser } from '@/lib/server/acting-user';
import { assertAllowed } from '@/lib/server/access';
import { writeAudit } from '@/lib/server/audit';
import { findClaimForEdit } from './find-claim-for-edit';
import { checkClaimVersion } from './check-claim-version';

/** Trims the spaces and joining punctuation around a cut so neither part starts or ends with them. */
function part(text: string, start: number, end: number) {
  while (start < end && /[\s,;:—–-]/.test(text[start])) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1])) end--;
  return { startOffset: start, endOffset: end, quote: text.slice(start, end) };
}

/**
 * Cuts a compound claim where the editor chose: this claim keeps the first part with its sources,
 * notes and history; the second part becomes a new claim by the same speaker, its kind, score and
 * figure proposed by the extractor.
 */
export async function splitClaim(
  user: ActingUser,
  { claimId, version, at, firstClaimReviewed, secondClaimReviewed }: SplitClaimInput,
) {
  assertAllowed(user, 'claim.split');
  return db.$transaction(async (tx) => {
    const claim = await findClaimForEdit(tx, claimId, 'split it');
    if (claim.publishedVerdictId)
      throw new AppError(
        'INVALID',
        'This claim has a public verdict, so splitting it would change what readers see. Make a new claim from the other words instead.',
      );
    const { text } = await tx.article.findUniqueOrThrow({
      where: { id: claim.articleId },
      select: { text: true },
    });
    const first = part(text, claim.startOffset, at);
    const second = part(text, at, claim.endOffset);
    if (at <= claim.startOffset || at >= claim.endOffset || !first.quote || !second.quote) {
      throw new AppError('INVALID', 'Choose a split point inside the claim, with words on both sides.', 'at');
    }
    const proposal = proposeClaim(text, second.startOffset, second.endOffset);
    await checkClaimVersion(tx, claimId, version, { ...first, claimReviewed: firstClaimReviewed });
    const created = await tx.claim.create({
      data: {
        articleId: claim.articleId,
        speakerId: claim.speakerId,
        assigneeId: claim.assigneeId,
        ...second,
        claimReviewed: secondClaimReviewed,
        kind: proposal.kind,
        score: proposal.score,
        quantityMin: proposal.quantity?.min,
        quantityMax: proposal.quantity?.max,
        quantityUnit: proposal.quantity?.unit,
        quantityPeriod: proposal.quantity?.period,
        slug: uniqueSlug(secondClaimReviewed),
      },
    });
    await writeAudit(tx, user, {
      action: 'claim.split',
      entityType: 'Claim',
      entityId: claimId,
      before: { quote: claim.quote, claimReviewed: claim.claimReviewed },
      after: { quote: first.quote, claimReviewed: firstClaimReviewed, splitOff: secondClaimReviewed },
    });
    await writeAudit(tx, user, {
      action: 'claim.split.from',
      entityType: 'Claim',
      entityId: created.id,
      before: { quote: claim.quote },
      after: { quote: second.quote, claimReviewed: secondClaimReviewed },
    });
    return created;
  });
}
