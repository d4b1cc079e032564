/**
 * Readers see a source when the published verdict was approved after it was added and before it
 * was removed. So a source added, edited or removed after that approval changes nothing in public
 * until a correction (a newer approved verdict) is published.
 */
export function isShownToReaders(
  source: { createdAt: Date; removedAt: Date | null },
  approvedAt: Date | null,
): boolean {
  if (!approvedAt) return false;
  return source.createdAt <= approvedAt && (source.removedAt === null || source.removedAt > approvedAt);
}
