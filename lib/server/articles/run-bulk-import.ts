import 'server-only';
import { decodeModel } from '@/lib/claims/checkworthiness-model';
import { AppError } from '../app-error';
import { assertAllowed } from '../access';
import { db } from '../db';
import { getActiveExtractionModel } from '../extraction/get-active-extraction-model';
import { jobActor } from '../jobs/job-actor';
import { saveBulkImportItem } from './save-bulk-import-item';

/**
 * The job: saves each file not yet saved, in order, as its requester with the newsroom's active
 * extractor. Progress is each saved file; a retried job resumes after the last one. Errors other
 * than refusals are thrown, so pg-boss retries.
 */
export async function runBulkImport(bulkImportId: string) {
  const batch = await db.bulkImport.update({
    where: { id: bulkImportId },
    data: { status: 'RUNNING', attempts: { increment: 1 }, error: null },
    include: { requestedBy: true },
  });
  const { requestedBy } = batch;
  try {
    const actor = jobActor(requestedBy, 'The account that started this import is disabled.');
    assertAllowed(actor, 'article.import.bulk');
    const stored = await getActiveExtractionModel(actor);
    const model = stored ? decodeModel(stored) : undefined;
    const items = await db.bulkImportItem.findMany({
      where: { bulkImportId, articleId: null },
      orderBy: { position: 'asc' },
      select: { id: true, title: true, text: true },
    });
    for (const item of items) await saveBulkImportItem(actor, batch, item, model);
    await db.bulkImport.update({
      where: { id: bulkImportId },
      data: { status: 'DONE', finishedAt: new Date() },
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await db.bulkImport.update({
      where: { id: bulkImportId },
      data: { status: 'FAILED', error: error.message, finishedAt: new Date() },
    });
  }
}
