import 'server-only';
import type { BulkImportInput } from '@/lib/validation/bulk-import';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { jobQueue } from '../jobs/job-queue';
import { BULK_IMPORT_QUEUE } from '../jobs/queue-names';
import { startJobOnce } from '../jobs/start-job-once';

/** Records the batch and its files with the audit event, then queues it; any instance may run it. */
export async function startBulkImport(
  user: ActingUser,
  { outlet, publishedAt, files, idempotencyKey }: BulkImportInput,
) {
  assertAllowed(user, 'article.import.bulk');
  return startJobOnce(
    { idempotencyKey, action: 'article.import.bulk' },
    async (tx) => {
      const row = await tx.bulkImport.create({
        data: {
          requestedById: user.id,
          outlet,
          publishedAt,
          total: files.length,
          items: { create: files.map((f, position) => ({ position, title: f.title, text: f.text })) },
        },
        select: { id: true },
      });
      await writeAudit(tx, user, {
        action: 'article.import.bulk',
        entityType: 'BulkImport',
        entityId: row.id,
        after: { outlet, files: files.map((f) => ({ title: f.title, characters: f.text.length })) },
      });
      return row.id;
    },
    async (id, options) => (await jobQueue()).send(BULK_IMPORT_QUEUE, { bulkImportId: id }, options),
  );
}
