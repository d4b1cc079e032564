import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimReviewFor, SITE } from '@/lib/claimreview/claim-review-for';
import { buildClaimReviewFeed } from '@/lib/feeds/build-claim-review-feed';
import { renderReport, reportStream } from '@/lib/report/render-report';
import { reportContext } from '@/lib/report/report-context';
import { scriptClient } from '@/prisma/client';
import { createPublishedVerdict } from '@/prisma/factories';
import { acting, createWorld, type World } from '@/prisma/test-world';
import { unpublishClaim } from '../claims/unpublish-claim';
import { streamReportClaims } from '../reports/stream-report-claims';
import { getPublicArticle } from './get-public-article';
import { getPublishedClaim } from './get-published-claim';
import { listPublicCorrections } from './list-public-corrections';
import { listPublishedClaimReviews } from './list-published-claim-reviews';
import { listPublishedClaims } from './list-published-claims';
import { listVerdictFacets } from './list-verdict-facets';

const db = scriptClient();
let w: World;

beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

/** Everything a reader can reach about this world's article, as the slugs of the claims it shows. */
async function publicSlugs() {
  const [reviews, list, article, corrections] = await Promise.all([
    listPublishedClaimReviews(),
    listPublishedClaims({ article: w.article.slug }),
    getPublicArticle(w.article.slug),
    listPublicCorrections(),
  ]);
  const mine = new Set(w.claims.map((c) => c.slug));
  return {
    feeds: reviews.map((c) => c.slug).filter((s) => mine.has(s)),
    list: list.claims.map((c) => c.slug),
    article: article?.claims.map((c) => c.slug) ?? [],
    corrections: corrections.map((c) => c.claim.slug).filter((s) => mine.has(s)),
  };
}

describe('the public read model', () => {
  it('shows readers a published claim and nothing of an unpublished one, nor of one unpublished with a reason', async () => {
    const [shown, neverPublished, withdrawn] = [w.claims[0], w.claims[1], w.claims[2]];
    await createPublishedVerdict(db, { claimId: shown.id, authorId: w.users.EDITOR.id });
    await createPublishedVerdict(db, { claimId: withdrawn.id, authorId: w.users.EDITOR.id });
    await db.correction.create({
      data: { claimId: withdrawn.id, authorId: w.users.CHIEF.id, body: 'Rating changed.' },
    });
    const { version } = await db.claim.findUniqueOrThrow({ where: { id: withdrawn.id } });
    await unpublishClaim(acting(w.users.CHIEF), {
      claimId: withdrawn.id,
      version,
      reason: 'The source was retracted.',
    });

    expect(await getPublishedClaim(shown.slug)).not.toBeNull();
    expect(await getPublishedClaim(neverPublished.slug)).toBeNull();
    expect(await getPublishedClaim(withdrawn.slug)).toBeNull();
    expect(await publicSlugs()).toEqual({
      feeds: [shown.slug],
      list: [shown.slug],
      article: [shown.slug],
      corrections: [],
    });
    const facets = await listVerdictFacets();
    expect(facets.articles.map((a) => a.slug)).toContain(w.article.slug);
  });
});

describe('one ClaimReview for a claim', () => {
  it('the verdict page, the ClaimReview feed and the JSON export state the same object, corrections included', async () => {
    const claim = w.claims[3];
    await createPublishedVerdict(db, { claimId: claim.id, authorId: w.users.EDITOR.id, rating: 'FALSE' });
    await db.correction.create({
      data: {
        claimId: claim.id,
        authorId: w.users.CHIEF.id,
        body: 'First.',
        createdAt: new Date('2030-01-02T00:00:00Z'),
      },
    });
    await db.correction.create({
      data: {
        claimId: claim.id,
        authorId: w.users.CHIEF.id,
        body: 'Second.',
        createdAt: new Date('2030-02-03T00:00:00Z'),
      },
    });

    const page = claimReviewFor((await getPublishedClaim(claim.slug))!.review);
    expect(page).toMatchObject({ dateModified: '2030-02-03', reviewRating: { alternateName: 'False' } });

    const feed = buildClaimReviewFeed(await listPublishedClaimReviews(), new Date());
    const fromFeed = (feed.dataFeedElement as unknown as { url: string }[]).find((e) => e.url === page.url);
    expect({ '@context': page['@context'], ...fromFeed }).toEqual(page);

    const scope = { articleId: w.article.id };
    const { article, total, batches } = await streamReportClaims(acting(w.users.VIEWER), scope, {
      includeNotes: false,
    });
    const ctx = reportContext({
      article,
      scope,
      total,
      generatedAt: new Date(),
      includeNotes: false,
      ...SITE,
      deskUrl: (id) => id,
    });
    const json = JSON.parse(await new Response(reportStream(renderReport('json', ctx, batches))).text());
    expect(json.claims.find((c: { id: string }) => c.id === claim.id).claimReview).toEqual(page);
  });
});
