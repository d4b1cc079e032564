/**
 * Our own validator for the ClaimReview rules in DESIGN.md (Google's Rich Results Test no longer
 * checks ClaimReview). Returns the broken rules; an empty list means the block is valid.
 * Works on parsed JSON so it can check what a rendered page actually carries.
 */
export function checkClaimReview(
  block: unknown,
  expected: { pageUrl: string; shownLabel?: string },
): string[] {
  const problems: string[] = [];
  const cr = (block ?? {}) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- untrusted JSON
  const isText = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

  if (cr['@type'] !== 'ClaimReview') problems.push('@type must be ClaimReview');
  if (cr.url !== expected.pageUrl)
    problems.push(`url must be the canonical page URL ${expected.pageUrl}, got ${cr.url}`);
  if (!isText(cr.claimReviewed)) problems.push('claimReviewed is missing');
  if (!isText(cr.datePublished)) problems.push('datePublished is missing');
  if (cr.author?.['@type'] !== 'Organization' || !isText(cr.author?.name))
    problems.push('author must be the publishing Organization');

  const rating = cr.reviewRating ?? {};
  if (!isText(rating.alternateName)) problems.push('reviewRating.alternateName is missing');
  if (expected.shownLabel !== undefined && rating.alternateName !== expected.shownLabel) {
    problems.push(
      `label shown on the page (${expected.shownLabel}) differs from alternateName (${rating.alternateName})`,
    );
  }
  if (rating.ratingValue !== undefined) {
    const { ratingValue: value, worstRating: worst, bestRating: best } = rating;
    if (![value, worst, best].every((n) => typeof n === 'number'))
      problems.push('ratingValue, worstRating and bestRating must be numbers');
    else {
      if (!(worst >= 1 && worst < best)) problems.push('need 1 ≤ worstRating < bestRating');
      if (!(worst <= value && value <= best)) problems.push('need worstRating ≤ ratingValue ≤ bestRating');
    }
  }

  const item = cr.itemReviewed ?? {};
  if (item['@type'] !== 'Claim') problems.push('itemReviewed must be a Claim');
  if (!isText(item.author?.name)) problems.push('itemReviewed.author (the speaker) is missing');
  if (!isText(item.author?.sameAs)) problems.push('itemReviewed.author.sameAs is missing');
  if (!item.appearance && !item.firstAppearance)
    problems.push('itemReviewed.appearance or firstAppearance is missing');
  if (!isText(item.datePublished)) problems.push('itemReviewed.datePublished is missing');
  return problems;
}

/** Pulls every JSON-LD block out of an HTML page. */
export function jsonLdBlocks(html: string): unknown[] {
  const blocks: unknown[] = [];
  for (const m of html.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g))
    blocks.push(JSON.parse(m[1]));
  return blocks;
}
