import { AppError } from '@/lib/server/app-error';
import { getReportExport } from '@/lib/server/reports/get-report-export';
import { apiUser } from '@/lib/server/api-user';

/** GET /api/report-exports/:id — progress of a background export, from any instance. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await apiUser('Sign in to see exports.');
  if (user instanceof Response) return user;
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
