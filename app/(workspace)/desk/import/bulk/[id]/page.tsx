import type { Metadata } from 'next';
import Link from 'next/link';
import { getBulkImport } from '@/lib/server/articles/get-bulk-import';
import { loadOr404 } from '@/lib/server/load-or-404';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { deskBulkImportPath } from '@/lib/routes';
import { BulkImportProgress } from './_components/bulk-import-progress';

export const metadata: Metadata = { title: 'Bulk import' };

export default async function BulkImportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireDeskUser();
  const job = await loadOr404(getBulkImport(user, (await params).id));
  return (
    <section className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Bulk import: {job.outlet}</h1>
      <p className="text-sm text-stone-700">
        Any of our servers works on this import; you can leave this page and come back, from any device.
      </p>
      <BulkImportProgress initial={job} />
      <Link href={deskBulkImportPath()} className="text-sm text-blue-800 underline">
        Import another batch
      </Link>
    </section>
  );
}
