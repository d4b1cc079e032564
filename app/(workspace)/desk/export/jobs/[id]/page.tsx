import type { Metadata } from 'next';
import Link from 'next/link';
import { loadOr404 } from '@/lib/server/load-or-404';
import { getReportExport } from '@/lib/server/reports/get-report-export';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { ExportJobProgress } from './_components/export-job-progress';

export const metadata: Metadata = { title: 'Background export' };

export default async function ExportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireDeskUser();
  const job = await loadOr404(getReportExport(user, (await params).id));
  return (
    <section className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Background export</h1>
      <p className="text-sm text-stone-700">
        Any of our servers builds this report; you can leave this page and come back, from any device, until
        the file is ready.
      </p>
      <ExportJobProgress
        id={job.id}
        initial={{
          status: job.status,
          done: job.done,
          total: job.total,
          fileName: job.fileName,
          error: job.error,
        }}
      />
      <Link href="/desk/export" className="text-sm text-blue-800 underline">
        Back to exports
      </Link>
    </section>
  );
}
