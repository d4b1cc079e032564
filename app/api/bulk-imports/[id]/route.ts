import { AppError } from '@/lib/server/app-error';
import { getBulkImport } from '@/lib/server/articles/get-bulk-import';
import { apiUser } from '@/lib/server/api-user';

/** GET /api/bulk-imports/:id — progress of a bulk import, from any instance. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await apiUser('Sign in to see imports.');
  if (user instanceof Response) return user;
  try {
    return Response.json(await getBulkImport(user, (await params).id), {
      headers: { 'cache-control': 'private, no-store' },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND')
      return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
