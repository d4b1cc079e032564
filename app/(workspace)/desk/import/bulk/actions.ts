'use server';

import { redirect } from 'next/navigation';
import { protectedAction } from '@/lib/server/actions/protected-action';
import { startBulkImport } from '@/lib/server/articles/start-bulk-import';
import { bulkImportSchema } from '@/lib/validation/bulk-import';
import { bulkImportPath } from '@/lib/routes';

export const startBulkImportAction = protectedAction(
  'article.import.bulk',
  bulkImportSchema,
  async (user, input) => {
    redirect(bulkImportPath(await startBulkImport(user, input)));
  },
);
