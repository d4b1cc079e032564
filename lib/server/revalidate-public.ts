import 'server-only';
import { revalidatePath, updateTag } from 'next/cache';
import { after } from 'next/server';
import { purgeCdn } from './cdn-purge';
import { PUBLIC_TAG } from './public-cache';
import { articlePath, verdictPath } from '@/lib/routes';

/** Pages that show every published verdict, whichever one changed. */
const SHARED_PUBLIC_PATHS = [
  '/',
  '/verdicts',
  '/corrections',
  '/sitemap.xml',
  '/feeds/verdicts.atom',
  '/feeds/claimreview.json',
];

/**
 * Public verdict and article pages are rendered once and served from Next's cache; lists and feeds
 * read through a tagged data cache. After a publish, unpublish or correction, exactly the pages
 * that show this claim are rendered again, and the shared lists are re-read. A CDN in front is
 * told too, after the response, so a slow purge endpoint never holds up the editor.
 */
export function revalidatePublicClaim({ slug, articleSlug }: { slug: string; articleSlug: string }) {
  const own = [verdictPath(slug), articlePath(articleSlug)];
  for (const path of own) revalidatePath(path);
  updateTag(PUBLIC_TAG);
  after(() => purgeCdn([...own, ...SHARED_PUBLIC_PATHS]));
}
