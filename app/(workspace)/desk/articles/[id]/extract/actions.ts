'use server';

import { revalidatePath } from 'next/cache';
import { protectedAction } from '@/lib/server/actions/protected-action';
import { addExtractedClaims } from '@/lib/server/articles/add-extracted-claims';
import { addExtractedClaimsSchema } from '@/lib/validation/article-import';

export const addExtractedClaimsAction = protectedAction('article.claims.add', addExtractedClaimsSchema, async (user, input) => {
  const added = await addExtractedClaims(user, input);
  revalidatePath(`/desk/articles/${input.articleId}`);
  return added === 1 ? '1 claim added.' : `${added} claims added.`;
});
