import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const pageCache = path.join(import.meta.dirname, '..', '.next', 'server', 'app');
/** Page-cache files whose path mentions this run's made-up slugs (other tests cache real pages meanwhile). */
const cachedFor = (run: string) =>
  ['claims', 'articles'].flatMap((dir) => {
    try {
      return readdirSync(path.join(pageCache, dir), { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.includes(run),
      );
    } catch {
      return [];
    }
  });

test('300 requests for unknown verdict and article slugs answer 404 and write nothing to the page cache', async ({
  request,
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
  expect(cachedFor(run)).toEqual([]);
});
