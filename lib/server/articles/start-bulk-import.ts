import 'server-only';
import type { BulkImportInput } from '@/lib/validation/bulk-import';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { claimIdempotencyKey } from '../idempotency-key';
import { jobQueue } from '../jobs/job-queue';
import { BULK_IMPORT_QUEUE } from '../jobs/queue-names';

/** Records the batch and its files with the audit event, then queues it; any instance may run it. */
export async function startBulkImport(
  user: ActingUser,
  { outlet, publishedAt, files, idempotencyKey }: BulkImportInput,
) {
  assertAllowed(user, 'article.import.bulk');
  const created = await db.$transaction(async (tx) => {
    await claimIdempotencyKey(tx, idempotencyKey, 'article.import.bulk');
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
    return row;
  });
  await (await jobQueue()).send(BULK_IMPORT_QUEUE, { bulkImportId: created.id });
  return created.id;
}
