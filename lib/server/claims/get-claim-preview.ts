import 'server-only';
import { correctionBody } from '@/lib/workflow/correction-body';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { PUBLISHED_CLAIM_SELECT, shapePublishedClaim, type PublishedClaim } from '../public/read-model';

const { publishedVerdict: verdictSelect, ...claimSelect } = PUBLISHED_CLAIM_SELECT;

/**
 * What readers would see if the claim's newest verdict were published now, through the same select
 * and shape as the public page: the pending correction is listed and sources count as approved now.
 * Drafts are private, so only signed-in desk users get it; null when there is no verdict yet.
 */
export async function getClaimPreview(_reader: ActingUser, claimId: string): Promise<PublishedClaim | null> {
  const row = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      ...claimSelect,
      publishedVerdict: { select: { id: true, rating: true } },
      verdicts: {
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: { ...verdictSelect.select, id: true, correctionNote: true },
      },
    },
  });
  if (!row) throw new AppError('NOT_FOUND', 'No such claim.');
  const {
    verdicts: [newest],
    publishedVerdict: current,
    ...claim
  } = row;
  if (!newest) return null;
  const now = new Date();
  const { correctionNote, id, ...verdict } = newest;
  const pending =
    current && current.id !== id
      ? [
          {
            id: 'pending',
            body: correctionBody(current.rating, verdict.rating, correctionNote),
            createdAt: now,
          },
        ]
      : [];
  // Shaped as the published row it would become, so the public read model's rules apply unchanged.
  return shapePublishedClaim({
    ...claim,
    status: 'PUBLISHED',
    publishedVerdictId: id,
    publishedAt: claim.publishedAt ?? now,
    corrections: [...pending, ...claim.corrections],
    publishedVerdict: { ...verdict, approvedAt: verdict.approvedAt ?? now },
  });
}
