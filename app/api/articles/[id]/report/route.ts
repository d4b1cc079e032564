import { z } from 'zod';
import { buildMarkdownReport } from '@/lib/report/build-markdown-report';
import { AppError } from '@/lib/server/app-error';
import { getReportData } from '@/lib/server/data/get-report-data';
import { getActingUser } from '@/lib/server/session';
import { absoluteUrl, verdictPath } from '@/lib/site';

const querySchema = z.object({
  format: z.enum(['md'], { error: 'format must be md.' }).default('md'),
  notes: z.enum(['0', '1'], { error: 'notes must be 0 or 1.' }).default('0'),
});

const STATUS: Record<AppError['code'], number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, INVALID: 400 };

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getActingUser();
  if (!user) return Response.json({ error: 'Sign in to download reports.' }, { status: 401 });
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ error: z.prettifyError(query.error) }, { status: 400 });
  try {
    const data = await getReportData(user, (await params).id, { includeNotes: query.data.notes === '1' });
    const body = buildMarkdownReport(data, new Date(), (slug) => absoluteUrl(verdictPath(slug)));
    const name = `claimdesk-report${query.data.notes === '1' ? '-internal' : ''}.md`;
    return new Response(body, {
      headers: {
        'content-type': 'text/markdown; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.message }, { status: STATUS[error.code] });
    throw error;
  }
}
