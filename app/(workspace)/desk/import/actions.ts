'use server';

import { redirect } from 'next/navigation';
import { protectedAction } from '@/lib/server/actions/protected-action';
import { importArticle } from '@/lib/server/articles/import-article';
import { importArticleSchema } from '@/lib/validation/article-import';
import { deskArticlePath } from '@/lib/routes';

export const importArticleAction = protectedAction(
  'article.import',
  importArticleSchema,
  async (user, input) => {
    const { article } = await importArticle(user, input);
    redirect(deskArticlePath(article.id));
  },
);
