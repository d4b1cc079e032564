'use server';

import { redirect } from 'next/navigation';
import { protectedAction } from '@/lib/server/actions/protected-action';
import { startReportExport } from '@/lib/server/reports/start-report-export';
import { startReportExportSchema } from '@/lib/validation/report-export';

// A public endpoint like every action: protectedAction checks the session, the data function the
// finer rule (internal notes need an editor).
export const startReportExportAction = protectedAction(
  'report.export',
  startReportExportSchema,
  async (user, input) => {
    const id = await startReportExport(user, input);
    redirect(`/desk/export/jobs/${id}`);
  },
);
