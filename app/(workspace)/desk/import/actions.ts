'use server';

import { redirect } from 'next/navigation';
import { protectedAction } from '@/lib/server/action';
import { importArticle } from '@/lib/server/articles/import-article';
import { importArticleSchema } from '@/lib/validation/article-import';

export const importArticleAction = protectedAction('EDITOR', importArticleSchema, async (user, input) => {
  const { article } = await importArticle(user, input);
  redirect(`/desk/articles/${article.id}`);
});
