'use server';

import { revalidatePath } from 'next/cache';
import { protectedAction } from '@/lib/server/actions/protected-action';
import { addExtractedClaims } from '@/lib/server/articles/add-extracted-claims';
import { addExtractedClaimsSchema } from '@/lib/validation/article-import';
import { deskArticlePath } from '@/lib/routes';

export const addExtractedClaimsAction = protectedAction(
  'article.claims.add',
  addExtractedClaimsSchema,
  async (user, input) => {
    const added = await addExtractedClaims(user, input);
    revalidatePath(deskArticlePath(input.articleId));
    return added === 1 ? '1 claim added.' : `${added} claims added.`;
  },
);
