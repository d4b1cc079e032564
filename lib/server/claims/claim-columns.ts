import type { ClaimKind } from '@/generated/prisma/enums';
import type { Quantity } from '@/lib/claims/parse-quantity';

type AnchoredClaim = {
  quote: string;
  start: number;
  end: number;
  claimReviewed: string;
  kind: ClaimKind;
  score: number;
  quantity?: Quantity | null;
};

/** The claim table's columns for an anchored claim from the extractor, shared by the import path and the seed. */
export function claimColumns(c: AnchoredClaim) {
  return {
    quote: c.quote,
    startOffset: c.start,
    endOffset: c.end,
    claimReviewed: c.claimReviewed,
    kind: c.kind,
    score: c.score,
    quantityMin: c.quantity?.min,
    quantityMax: c.quantity?.max,
    quantityUnit: c.quantity?.unit,
    quantityPeriod: c.quantity?.period,
  };
}
