import 'server-only';
import { revalidatePath, updateTag } from 'next/cache';

import { PUBLIC_TAG } from './public-cache';
import { articlePath, verdictPath } from '@/lib/routes';

/**
 * Public verdict and article pages are rendered once and served from Next's cache; lists and feeds
 * read through a tagged data cache. After a publish, unpublish or correction, exactly the pages
 * that show this claim are rendered again, and the shared lists are re-read.
 */
export function revalidatePublicClaim({ slug, articleSlug }: { slug: string; articleSlug: string }) {
  revalidatePath(verdictPath(slug));
  revalidatePath(articlePath(articleSlug));
  updateTag(PUBLIC_TAG);
}
