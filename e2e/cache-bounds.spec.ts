import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const serverDir = path.join(import.meta.dirname, '..', '.next', 'server');
/** Files anywhere in the server's caches whose path mentions this marker (other tests cache real pages meanwhile). */
const cachedFor = (marker: string) =>
  readdirSync(serverDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes(marker));

test('unknown verdict, article and feed names and unpublished filter values write nothing to the page cache; a real page does', async ({
  request,
  world,
  db,
}) => {
  test.slow();
  const run = `no-such-${Date.now().toString(36)}`;
  for (let batch = 0; batch < 15; batch++) {
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        request.get(`/${i % 2 ? 'claims' : 'articles'}/${run}-${batch}-${i}`).then((r) => r.status()),
      ),
    );
    expect(statuses.every((s) => s === 404)).toBe(true);
  }
  expect((await request.get(`/feeds/${run}`)).status()).toBe(404);
  // A filter naming a speaker no one published is dropped, with a redirect that is not stored either.
  for (let i = 0; i < 20; i++) {
    const response = await request.get(`/verdicts?speaker=${run}-${i}&rating=FALSE`, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    // Next 16.4 repeats the Location header on a redirect it renders afresh; browsers accept identical copies.
    const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location');
    expect(new Set(locations.map((h) => h.value))).toEqual(new Set(['/verdicts?rating=FALSE']));
  }
  expect(cachedFor(run)).toEqual([]);

  // The same look finds a published verdict's page once a reader has opened it.
  const verdict = await db.verdict.create({
    data: {
      claimId: world.casualty.id,
      rating: 'FALSE',
      conclusion: 'Far fewer.',
      rationale: 'Checked against the record.',
      authorId: world.users.EDITOR.id,
      approvedAt: new Date(),
    },
  });
  await db.claim.update({
    where: { id: world.casualty.id },
    data: { status: 'PUBLISHED', publishedAt: new Date(), publishedVerdictId: verdict.id },
  });
  expect((await request.get(`/claims/${world.casualty.slug}`)).status()).toBe(200);
  expect(cachedFor(world.casualty.slug).length).toBeGreaterThan(0);
});
