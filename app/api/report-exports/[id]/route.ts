import { AppError } from '@/lib/server/app-error';
import { getReportExport } from '@/lib/server/reports/get-report-export';
import { getActingUser } from '@/lib/server/session';

/** GET /api/report-exports/:id — progress of a background export, from any instance. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getActingUser();
  if (!user) return Response.json({ error: 'Sign in to see exports.' }, { status: 401 });
  try {
    return Response.json(await getReportExport(user, (await params).id), {
      headers: { 'cache-control': 'private, no-store' },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND')
      return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
