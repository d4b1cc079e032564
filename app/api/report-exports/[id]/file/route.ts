import { CLAIM_COUNT_HEADER } from '@/lib/report/formats';
import { AppError } from '@/lib/server/app-error';
import { getReportExportFile } from '@/lib/server/reports/get-report-export-file';
import { apiUser } from '@/lib/server/api-user';

/** GET /api/report-exports/:id/file — the finished report, from any instance. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await apiUser('Sign in to download reports.');
  if (user instanceof Response) return user;
  try {
    const file = await getReportExportFile(user, (await params).id);
    return new Response(new Uint8Array(file.content), {
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
        [CLAIM_COUNT_HEADER]: String(file.total),
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND')
      return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
